using System.Text.Json;
using Eboi.Cases.Domain;
using Eboi.Cases.Email;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Email;

namespace Eboi.Cases.Citizen;

/// <summary>
/// "Napisz do prowadzącego": stores the message, queues it in the EZD inbox and e-mails the officer (or the office
/// mailbox when the case has no officer's address), all in one transaction: either all three happen or none.
/// </summary>
internal sealed class OfficerMessenger(EboiDbContext db, ICaseInbox inbox, IEmailOutbox outbox, ICurrentTenant tenant, TimeProvider clock)
{
    public const int SubjectMax = 200;
    public const int TextMax = 5000;

    public static class Fields
    {
        public const string Subject = nameof(Subject);
        public const string Text = nameof(Text);
        public static readonly IReadOnlyList<string> InPageOrder = [Subject, Text];
    }

    /// <summary>Errors by field (<see cref="Fields"/>), in page order; empty when the message may be sent.</summary>
    public static List<(string Field, string Message)> Check(string? subject, string? text)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(subject)) errors.Add((Fields.Subject, "Wpisz temat wiadomości"));
        else if (subject.Trim().Length > SubjectMax) errors.Add((Fields.Subject, $"Temat może mieć najwyżej {SubjectMax} znaków"));
        if (string.IsNullOrWhiteSpace(text)) errors.Add((Fields.Text, "Wpisz treść wiadomości"));
        else if (text.Trim().Length > TextMax) errors.Add((Fields.Text, $"Treść może mieć najwyżej {TextMax} znaków"));
        return errors;
    }

    public async Task<CaseMessage> SendAsync(Case c, CitizenIdentity sender, string subject, string text, CancellationToken ct)
    {
        subject = subject.Trim();
        text = text.Trim();
        var body = JsonSerializer.Serialize(new { subject, text, caseSign = c.Sign, caseTitle = c.Title });
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var itemId = await inbox.AddAsync(new CaseInboxItem(CaseInboxKinds.Message, sender.UserId, subject, body, [], c.Sign), ct);
        var message = new CaseMessage
        {
            Id = Guid.CreateVersion7(), TenantId = c.TenantId, CaseId = c.Id, SenderUserId = sender.UserId, Subject = subject, Body = text,
            SentAt = clock.GetUtcNow(), InboxItemId = itemId,
        };
        db.Add(message);
        var to = c.OfficerEmail is { Length: > 0 } officer ? officer : tenant.Tenant?.Profile.Contact.Email;
        if (to is { Length: > 0 })
        {
            await outbox.EnqueueAsync(new OutgoingEmail(CasesEmailTemplates.MessageToOfficer, to, new Dictionary<string, string>
            {
                [CasesEmailTemplates.Values.Znak] = c.Sign,
                [CasesEmailTemplates.Values.Sprawa] = c.Title,
                [CasesEmailTemplates.Values.Temat] = subject,
                [CasesEmailTemplates.Values.Tresc] = text,
                [CasesEmailTemplates.Values.Nadawca] = sender.DisplayName,
                [CasesEmailTemplates.Values.NadawcaEmail] = sender.Email ?? "",
                [CasesEmailTemplates.Values.Prowadzacy] = c.OfficerName ?? "",
            }), ct);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return message;
    }
}
