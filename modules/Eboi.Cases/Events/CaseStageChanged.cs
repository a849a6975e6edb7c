using Eboi.Core.Events;

namespace Eboi.Cases;

/// <summary>
/// A case reached a new stage in the staff register (its status may have changed with it): published once per linked
/// party with an e-mail address; the "sprawy.zmiana-etapu" workflow event is projected from it.
/// </summary>
[DomainEvent("cases.stage-changed")]
public sealed record CaseStageChanged(
    Guid CaseId,
    string Sign,
    string CaseTitle,
    string StageName,
    DateOnly Date,
    string Status,
    Guid RecipientUserId,
    string RecipientEmail);
