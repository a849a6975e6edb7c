using System.Diagnostics;
using Eboi.Recipes.Sources;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>Runs the real CLI (Eboi.Cms.dll with a verb) as a separate process against a test database.</summary>
public static class CliProcess
{
    public static string RepositoryRoot => Directory.GetParent(RecipePaths.FindRecipesFolder())!.FullName;

    private static string CmsDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return Path.Combine(RepositoryRoot, "Eboi.Cms", "bin", configuration, "net10.0", "Eboi.Cms.dll");
    }

    /// <summary>Runs a verb against <paramref name="db"/>, or with no database configured at all when it is null.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase? db, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot };
        psi.ArgumentList.Add(CmsDll());
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (db is not null) psi.Environment["ConnectionStrings__Eboi"] = db.OwnerConnectionString;
        else psi.Environment.Remove("ConnectionStrings__Eboi");
        psi.Environment["Eboi__Recipes__RecipesPath"] = RecipePaths.FindRecipesFolder();
        // The same key encryption certificate as the test apps, as ./eboi passes its own to the CLI verbs.
        psi.Environment["Eboi__DataProtection__CertificatePath"] = TestCertificate.SharedPath;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
