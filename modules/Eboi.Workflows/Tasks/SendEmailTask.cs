using System.Net.Mail;
using Eboi.Core.Security;
using Eboi.Core.Workflows;
using Eboi.Email;

namespace Eboi.Workflows.Tasks;

/// <summary>
/// "email.send": an e-mail from a registered template with the event's values, to the person of the event (osoba), every
/// active member of a role (rola) or a rendered address such as {{ dzial_email }} (adres). Staged in the step's outbox
/// transaction; with no valid address it sends nothing and says so in the journal.
/// </summary>
internal sealed class SendEmailTask(IEmailOutbox outbox, IStaffDirectory staff) : IWorkflowTask
{
    public const string Recipient = "odbiorca";
    public const string Role = "rola";
    public const string Address = "adres";
    public const string Template = "szablon";
    public const string ToPerson = "osoba";
    public const string ToRole = "rola";
    public const string ToAddress = "adres";

    public string Name => WorkflowTaskNames.SendEmail;
    public string Label => "Wyślij e-mail";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new(Recipient, "Odbiorca", WorkflowParameterKind.Choice, true, null,
            [new(ToPerson, "Osoba, której dotyczy zdarzenie (np. zgłaszający)"), new(ToRole, "Pracownicy z rolą"), new(ToAddress, "Adres e-mail")]),
        new(Role, "Rola (gdy odbiorcą są pracownicy z rolą)", WorkflowParameterKind.Role, false),
        new(Address, "Adres (gdy odbiorcą jest adres)", WorkflowParameterKind.Template, false, "Adres albo wartość zdarzenia, np. {{ dzial_email }}."),
        new(Template, "Szablon wiadomości", WorkflowParameterKind.EmailTemplate, true),
    ];

    public IReadOnlyList<WorkflowChoice> Outcomes(IReadOnlyDictionary<string, string> settings) => TaskOutcomes.Done;

    public IReadOnlyList<WorkflowSettingError> Validate(IReadOnlyDictionary<string, string> settings, WorkflowValidationContext context)
    {
        var errors = new List<WorkflowSettingError>();
        var to = settings.GetValueOrDefault(Recipient);
        if (to == ToRole && string.IsNullOrWhiteSpace(settings.GetValueOrDefault(Role))) errors.Add(new(Role, "Wybierz rolę, do której pracowników ma pójść wiadomość."));
        if (to == ToAddress && string.IsNullOrWhiteSpace(settings.GetValueOrDefault(Address))) errors.Add(new(Address, "Wpisz adres e-mail albo wartość zdarzenia, np. {{ dzial_email }}."));
        return errors;
    }

    public async Task<WorkflowTaskResult> ExecuteAsync(WorkflowTaskContext context, CancellationToken ct)
    {
        var to = context.Setting(Recipient) switch
        {
            ToPerson => context.Input.PersonEmail is { } person ? [person] : [],
            ToRole => (await staff.InRoleAsync(context.Setting(Role), ct)).Select(m => m.Email).ToList(),
            ToAddress => context.Render(context.Setting(Address)).Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList(),
            var other => throw new InvalidOperationException($"Nieznany odbiorca „{other}”."),
        };
        var valid = to.Where(a => MailAddress.TryCreate(a, out _)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (valid.Count == 0) return WorkflowTaskResult.Done(WorkflowTaskNames.Done, "Brak adresu odbiorcy: wiadomości nie wysłano.");
        foreach (var address in valid)
            await outbox.EnqueueAsync(new OutgoingEmail(context.Setting(Template), address, context.Input.Values), ct);
        var skipped = to.Count - valid.Count;
        return WorkflowTaskResult.Done(WorkflowTaskNames.Done,
            $"Wysłano do: {string.Join(", ", valid)}" + (skipped > 0 ? $" (pominięto {skipped} błędnych adresów)" : ""));
    }
}
