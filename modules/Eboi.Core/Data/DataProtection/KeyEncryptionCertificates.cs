using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eboi.Core.Data.DataProtection;

/// <summary>Loads the key encryption certificates of <see cref="KeyEncryptionOptions"/> once per process.</summary>
public sealed class KeyEncryptionCertificates
{
    public X509Certificate2? Current { get; }
    public IReadOnlyList<X509Certificate2> All { get; }

    public KeyEncryptionCertificates(IOptions<KeyEncryptionOptions> options, IHostEnvironment environment, ILogger<KeyEncryptionCertificates> logger)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.CertificatePath))
        {
            All = [];
            // A warning rather than a refusal: an upgraded node keeps serving, the operator guide tells how to add one.
            if (environment.IsProduction())
                logger.LogWarning("Eboi:DataProtection:CertificatePath is not set: Data Protection keys (cookies, e-mailed links) are " +
                    "stored UNENCRYPTED in the database. Set it to a PFX certificate (docs/operator-guide.md, Secrets at rest).");
            return;
        }
        Current = Load(o.CertificatePath, o.CertificatePassword);
        All = [Current, .. o.PreviousCertificatePaths.Select(p => Load(p, o.CertificatePassword))];
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"Eboi:DataProtection: certificate file '{path}' does not exist.");
        var cert = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        return cert.HasPrivateKey ? cert : throw new InvalidOperationException($"Eboi:DataProtection: '{path}' holds no private key.");
    }
}
