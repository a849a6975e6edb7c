using System.Security.Cryptography;

namespace Eboi.Core;

/// <summary>
/// The file under {Eboi:DataPath} where demo accounts (staff, citizens, host operator) get their generated passwords,
/// one tab-separated line each: tenant, login, password, role. Never in the repository.
/// </summary>
public static class DemoAccounts
{
    public const string FileName = "demo-accounts.txt";

    /// <summary>A fresh demo password: readable (no 0/O, 1/l), and within every password rule the portal has.</summary>
    public static string NewPassword() =>
        $"Demo-{RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ", 10)}{RandomNumberGenerator.GetInt32(10, 99)}";

    /// <summary>Appends an account's line ("(host)" as the tenant for the host's own accounts), owner-only.</summary>
    public static Task AppendAsync(string dataPath, string tenant, string login, string password, string role, CancellationToken ct) =>
        SecretFiles.AppendAsync(Path.Combine(dataPath, FileName), $"{tenant}\t{login}\t{password}\t{role}{Environment.NewLine}", ct);
}
