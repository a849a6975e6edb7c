using Eboi.Core.Events;

namespace Eboi.Taxes.Reminders;

/// <summary>
/// An instalment is due soon or has just become overdue, told to one linked citizen; the workflow event
/// "podatki.przypomnienie" is projected from it (the recipes' "przypomnienie-o-racie" notifies the person).
/// </summary>
[DomainEvent("taxes.instalment-reminder")]
internal sealed record InstalmentReminderDue(
    Guid InstalmentId, string CardNumber, string CardKind, string Instalment, DateOnly DueDate, decimal Amount,
    Guid UserId, string Email, string Kind, string Link);
