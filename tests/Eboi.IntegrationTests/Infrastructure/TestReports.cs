namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>Measurements a test reports (not asserts beyond a floor): written to artifacts/, printed by ./eboi test.</summary>
public static class TestReports
{
    public static void Write(string name, IEnumerable<string> lines)
    {
        var dir = Environment.GetEnvironmentVariable("EBOI_REPORTS") is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "reports");
        Directory.CreateDirectory(dir);
        File.WriteAllLines(Path.Combine(dir, name + ".txt"), lines);
    }
}
