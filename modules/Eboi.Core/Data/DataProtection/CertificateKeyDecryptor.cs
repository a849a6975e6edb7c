using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Core.Data.DataProtection;

/// <summary>
/// Decrypts keys written by <see cref="CertificateKeyEncryptor"/> with the configured certificates (current and previous).
/// ASP.NET's own decryptor takes its certificates only at registration time (UnprotectKeysWithAnyCertificate), before
/// test hosts and the CLI have added their settings; this one reads them when a key is first read.
/// </summary>
public sealed class CertificateKeyDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var certificates = services.GetRequiredService<KeyEncryptionCertificates>().All;
        // EncryptedXml replaces the <EncryptedData> element in place, so it needs a parent.
        var document = new XmlDocument { PreserveWhitespace = true };
        document.Load(new XElement("root", encryptedElement).CreateReader());
        new WithCertificates(document, certificates).DecryptDocument();
        return XElement.Load(document.DocumentElement!.FirstChild!.CreateNavigator()!.ReadSubtree());
    }

    private sealed class WithCertificates(XmlDocument document, IReadOnlyList<X509Certificate2> certificates) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            foreach (var info in encryptedKey.KeyInfo.OfType<KeyInfoX509Data>())
            foreach (var named in info.Certificates?.OfType<X509Certificate2>() ?? [])
            foreach (var cert in certificates.Where(c => c.Thumbprint == named.Thumbprint))
            {
                using var rsa = cert.GetRSAPrivateKey();
                if (rsa is null) continue;
                var oaep = encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl;
                return DecryptKey(encryptedKey.CipherData.CipherValue!, rsa, oaep);
            }
            throw new CryptographicException(
                "The Data Protection key was encrypted to a certificate that is not configured (Eboi:DataProtection:CertificatePath or PreviousCertificatePaths).");
        }
    }
}
