namespace Eboi.Forms.Receipts;

/// <summary>What an UPO certifies: who received what from whom and when, with the digests of the document and its files.</summary>
internal sealed record UpoData(
    Guid UpoId,
    string IssuerName,
    string IssuerId,
    string AddresseeName,
    string SenderName,
    string? SenderIdType,
    string? SenderId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset CreatedAt,
    Guid DocumentId,
    string DocumentTitle,
    string FormReference,
    string DocumentSha256,
    IReadOnlyList<UpoAttachment> Attachments);

/// <summary>One attached file as the UPO lists it; <see cref="Sha256"/> is base64, like XMLDSig digests.</summary>
internal sealed record UpoAttachment(string FileName, string ContentType, long Size, string Sha256);
