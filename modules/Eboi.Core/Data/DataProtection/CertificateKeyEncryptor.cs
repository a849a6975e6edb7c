using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Logging;

namespace Eboi.Core.Data.DataProtection;

/// <summary>
/// Encrypts a new Data Protection key to the configured certificate (XML-Enc, as ProtectKeysWithCertificate does) and
/// names <see cref="CertificateKeyDecryptor"/> as its decryptor, which finds the certificate in the process' settings.
/// </summary>
public sealed class CertificateKeyEncryptor(KeyEncryptionCertificates certificates, ILoggerFactory logs) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var cert = certificates.Current ?? throw new InvalidOperationException("No key encryption certificate is configured.");
        var encrypted = new CertificateXmlEncryptor(cert, logs).Encrypt(plaintextElement);
        return new EncryptedXmlInfo(encrypted.EncryptedElement, typeof(CertificateKeyDecryptor));
    }
}
