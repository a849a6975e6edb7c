using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Eboi.Core;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// Self-signed PFX files for the Data Protection key encryption (Eboi:DataProtection:CertificatePath), generated once per
/// test run like ./eboi run generates one per data folder, so every test app encrypts its keys.
/// </summary>
public static class TestCertificate
{
    private static readonly Lazy<string> Shared = new(() => Create("eboi-test-shared"));

    /// <summary>The certificate every test app uses (so two apps on one database read each other's keys).</summary>
    public static string SharedPath => Shared.Value;

    /// <summary>A new certificate in its own file.</summary>
    public static string Create(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var folder = Environment.GetEnvironmentVariable("EBOI_TEST_WORK") is { Length: > 0 } work ? work : Path.GetTempPath();
        var path = Path.Combine(folder, "certs", $"{name}-{Guid.NewGuid():N}.pfx");
        SecretFiles.Write(path, cert.Export(X509ContentType.Pfx));
        return path;
    }
}
