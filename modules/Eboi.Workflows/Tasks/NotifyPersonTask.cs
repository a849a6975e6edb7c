using System.Net.Mail;
using Eboi.Core.Notifications;
using Eboi.Core.Workflows;
using Eboi.Email;

namespace Eboi.Workflows.Tasks;

/// <summary>
/// "powiadom.osobe": tells the person of the event by the channels they chose for a category in /konto/powiadomienia:
/// an e-mail from a template (staged in the step's outbox transaction) and, where the office allowed SMS and the person
/// turned it on, a short text. A person with no account (an anonymous reporter) gets the e-mail: they asked for it by
/// giving the address.
/// </summary>
internal sealed class NotifyPersonTask(IEmailOutbox outbox, INotificationRecipients recipients, ISmsSender sms) : IWorkflowTask
{
    public const string Category = "kategoria";
    public const string Template = "szablon";
    public const string SmsText = "sms";

    /// <summary>Three SMS segments of plain text; a longer message is cut, not split into a fourth.</summary>
    public const int SmsMax = 459;

    public string Name => WorkflowTaskNames.NotifyPerson;
    public string Label => "Powiadom osobę (e-mail lub SMS według jej ustawień)";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new(Category, "Rodzaj powiadomienia", WorkflowParameterKind.Choice, true, "Osoba wybiera w ustawieniach konta, czy chce go dostawać e-mailem, SMS-em, czy wcale.",
            NotificationCategories.All.Select(c => new WorkflowChoice(c.Key, c.Label)).ToList()),
        new(Template, "Szablon wiadomości e-mail", WorkflowParameterKind.EmailTemplate, true),
        new(SmsText, "Treść SMS (nieobowiązkowo)", WorkflowParameterKind.Template, false, "Np. Zgłoszenie {{ numer }}: {{ status_nazwa }}. Bez treści SMS nie jest wysyłany."),
    ];

    public IReadOnlyList<WorkflowChoice> Outcomes(IReadOnlyDictionary<string, string> settings) => TaskOutcomes.Done;

    public IReadOnlyList<WorkflowSettingError> Validate(IReadOnlyDictionary<string, string> settings, WorkflowValidationContext context) => [];

    public async Task<WorkflowTaskResult> ExecuteAsync(WorkflowTaskContext context, CancellationToken ct)
    {
        if (context.Input.PersonEmail is not { } email || !MailAddress.TryCreate(email, out _))
            return WorkflowTaskResult.Done(WorkflowTaskNames.Done, "Zdarzenie nie wskazuje osoby: nie powiadomiono nikogo.");

        var channels = await recipients.ChannelsAsync(email, context.Setting(Category), ct) ?? new NotificationChannels(true, false, null);
        var sent = new List<string>();
        if (channels.Email)
        {
            await outbox.EnqueueAsync(new OutgoingEmail(context.Setting(Template), email, context.Input.Values), ct);
            sent.Add("e-mail");
        }
        var text = context.Setting(SmsText) is { Length: > 0 } template ? context.Render(template).Trim() : "";
        if (channels.Sms && channels.Phone is { } phone && text.Length > 0)
        {
            await sms.SendAsync(phone, text.Length <= SmsMax ? text : text[..SmsMax], ct);
            sent.Add("SMS");
        }
        return WorkflowTaskResult.Done(WorkflowTaskNames.Done, sent.Count > 0
            ? $"Powiadomiono ({string.Join(" i ", sent)})."
            : "Osoba wyłączyła ten rodzaj powiadomień: nie wysłano nic.");
    }
}
