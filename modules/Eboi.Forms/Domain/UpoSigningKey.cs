using Eboi.Core.Data;

namespace Eboi.Forms.Domain;

/// <summary>
/// The tenant's key that signs its UPOs: a self-signed certificate (public, DER) and its RSA private key (PKCS#8)
/// encrypted with ASP.NET Data Protection, whose keys live in the database and are themselves protected per deployment.
/// One per tenant, created on first use; never in the repository.
/// </summary>
internal sealed class UpoSigningKey : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public byte[] Certificate { get; set; } = [];
    public string ProtectedPrivateKey { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
