using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Eboi.Core.Data;
using Eboi.Forms.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Forms.Receipts;

/// <summary>
/// The current tenant's UPO signing certificate, created on first use: RSA 3072, self-signed in the office's name,
/// valid ten years. The private key is stored encrypted with Data Protection (see <see cref="UpoSigningKey"/>).
/// </summary>
internal sealed class UpoKeys(EboiDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    private const string Purpose = "Eboi.Forms.UpoSigningKey";

    /// <summary>The certificate with its private key, for signing.</summary>
    public async Task<X509Certificate2> SigningCertificateAsync(string officeName, CancellationToken ct)
    {
        var row = await db.Set<UpoSigningKey>().AsNoTracking().FirstOrDefaultAsync(ct) ?? await CreateAsync(officeName, ct);
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(protection.CreateProtector(Purpose).Unprotect(Convert.FromBase64String(row.ProtectedPrivateKey)), out _);
        using var publicOnly = X509CertificateLoader.LoadCertificate(row.Certificate);
        return publicOnly.CopyWithPrivateKey(rsa);
    }

    /// <summary>The public certificate (what verifies the tenant's UPOs), or null before the first UPO.</summary>
    public async Task<X509Certificate2?> CertificateAsync(CancellationToken ct) =>
        await db.Set<UpoSigningKey>().AsNoTracking().FirstOrDefaultAsync(ct) is { } row ? X509CertificateLoader.LoadCertificate(row.Certificate) : null;

    private async Task<UpoSigningKey> CreateAsync(string officeName, CancellationToken ct)
    {
        using var rsa = RSA.Create(3072);
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName($"{officeName}: poświadczenia odbioru (UPO)");
        name.AddOrganizationName(officeName);
        name.AddCountryOrRegion("PL");
        var request = new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = clock.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        var row = new UpoSigningKey
        {
            Id = Guid.CreateVersion7(),
            TenantId = db.TenantId ?? throw new InvalidOperationException("No tenant for the UPO key."),
            Certificate = certificate.RawData,
            ProtectedPrivateKey = Convert.ToBase64String(protection.CreateProtector(Purpose).Protect(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = now,
        };
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            return row;
        }
        catch (DbUpdateException)
        {
            // Another request made the tenant's key first (unique index): use that one.
            db.Entry(row).State = EntityState.Detached;
            return await db.Set<UpoSigningKey>().AsNoTracking().FirstAsync(ct);
        }
    }
}
