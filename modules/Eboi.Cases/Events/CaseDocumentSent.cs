using Eboi.Core.Events;

namespace Eboi.Cases;

/// <summary>
/// The office sent an outgoing document in a case (from the EZD or the staff register): published once per linked
/// party with an e-mail address, in the transaction that adds the document; the "sprawy.pismo-wyslane" workflow event
/// (the citizen's e-mail by default) is projected from it.
/// </summary>
[DomainEvent("cases.document-sent")]
public sealed record CaseDocumentSent(
    Guid CaseId,
    Guid DocumentId,
    string Sign,
    string CaseTitle,
    string DocumentTitle,
    string? RegisterNumber,
    DateOnly DocumentDate,
    Guid RecipientUserId,
    string RecipientEmail);
