using Eboi.Core.Data;

namespace Eboi.Cases.Domain;

/// <summary>A PDF of a document, kept in the file store under <see cref="StorageKey"/>; <see cref="Sha256"/> makes a replay recognisable.</summary>
internal sealed class DocumentFile : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid DocumentId { get; set; }
    public int Position { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = PdfFile.ContentType;
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public string StorageKey { get; set; } = "";

    public static string KeyFor(Guid documentId, Guid fileId) => $"cases/{documentId:N}/{fileId:N}.pdf";
}
