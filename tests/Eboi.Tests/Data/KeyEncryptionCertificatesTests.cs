using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Eboi.Core;
using Eboi.Core.Data.DataProtection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Tests.Data;

/// <summary>The key encryption certificate: loaded from its PFX, or a clear warning in Production when none is set.</summary>
public sealed class KeyEncryptionCertificatesTests
{
    [Fact]
    public void Production_without_a_certificate_warns_that_keys_are_stored_unencrypted()
    {
        var log = new Captured();
        var certs = new KeyEncryptionCertificates(Options.Create(new KeyEncryptionOptions()), Environment(Environments.Production), log);
        Assert.Null(certs.Current);
        var warning = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("UNENCRYPTED", warning.Message);

        var development = new Captured();
        _ = new KeyEncryptionCertificates(Options.Create(new KeyEncryptionOptions()), Environment(Environments.Development), development);
        Assert.Empty(development.Entries);
    }

    [Fact, System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_configured_pfx_is_loaded_with_its_private_key_and_a_missing_one_stops_the_start()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eboi-unit-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        using (var cert = new CertificateRequest("CN=unit", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                   .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1)))
            SecretFiles.Write(path, cert.Export(X509ContentType.Pfx, "geheim"));
        try
        {
            Assert.Equal(SecretFiles.OwnerOnly, File.GetUnixFileMode(path));
            var options = new KeyEncryptionOptions { CertificatePath = path, CertificatePassword = "geheim" };
            var certs = new KeyEncryptionCertificates(Options.Create(options), Environment(Environments.Production), new Captured());
            Assert.True(certs.Current!.HasPrivateKey);
            Assert.Single(certs.All);

            var missing = new KeyEncryptionOptions { CertificatePath = path + ".missing" };
            var error = Assert.Throws<InvalidOperationException>(() =>
                new KeyEncryptionCertificates(Options.Create(missing), Environment(Environments.Production), new Captured()));
            Assert.Contains("does not exist", error.Message);
        }
        finally { File.Delete(path); }
    }

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };

    private sealed class Captured : ILogger<KeyEncryptionCertificates>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
