namespace Eboi.Core.Data.DataProtection;

/// <summary>Eboi:DataProtection – the X.509 certificate (PFX) that encrypts the Data Protection keys in the database.</summary>
public sealed class KeyEncryptionOptions
{
    public const string Section = "Eboi:DataProtection";

    /// <summary>PFX file with the private key; new keys are encrypted to it, and it decrypts them.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Earlier certificates (PFX, same password) still needed to read keys written before a rotation.</summary>
    public List<string> PreviousCertificatePaths { get; set; } = [];
}
