using Eboi.Core.Text;
using Eboi.Core.Time;
using Eboi.Core.Workflows;

namespace Eboi.Workflows.Tasks;

/// <summary>
/// "czekaj": waits N Polish working days (weekends and holidays skipped, same time of day), ending early with
/// "zdarzenie" when one of the listed events arrives for the same subject; "uplynal-czas" when the time is up.
/// </summary>
internal sealed class WaitTask(IEnumerable<WorkflowEventDefinition> events) : IWorkflowTask
{
    public const string Days = "dni";
    public const string Events = "wydarzenia";
    public const string TimeUp = "uplynal-czas";
    public const string EventArrived = "zdarzenie";
    public const int MaxDays = 250;

    public string Name => WorkflowTaskNames.Wait;
    public string Label => "Czekaj (dni robocze)";

    public IReadOnlyList<WorkflowParameter> Parameters { get; } =
    [
        new(Days, "Dni robocze", WorkflowParameterKind.Number, true, "Soboty, niedziele i święta nie liczą się."),
        new(Events, "Zdarzenia kończące czekanie wcześniej", WorkflowParameterKind.Text, false, "Nazwy zdarzeń oddzielone przecinkami, np. usterki.zmiana-statusu."),
    ];

    public IReadOnlyList<WorkflowChoice> Outcomes(IReadOnlyDictionary<string, string> settings) =>
        [new(TimeUp, "Upłynął czas"), new(EventArrived, "Nastąpiło zdarzenie")];

    public static IReadOnlyList<string> EventNames(string? text) =>
        (text ?? "").Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    public IReadOnlyList<WorkflowSettingError> Validate(IReadOnlyDictionary<string, string> settings, WorkflowValidationContext context)
    {
        var errors = new List<WorkflowSettingError>();
        if (int.TryParse(settings.GetValueOrDefault(Days), out var days) && days > MaxDays)
            errors.Add(new(Days, $"Najwyżej {MaxDays} dni roboczych."));
        var known = events.Select(e => e.Name).ToHashSet();
        if (EventNames(settings.GetValueOrDefault(Events)).FirstOrDefault(n => !known.Contains(n)) is { } unknown)
            errors.Add(new(Events, $"Nieznane zdarzenie „{unknown}”. Dostępne: {string.Join(", ", known)}."));
        return errors;
    }

    public Task<WorkflowTaskResult> ExecuteAsync(WorkflowTaskContext context, CancellationToken ct) => Task.FromResult(context.ResumedBy switch
    {
        { Reason: WorkflowResumeReason.Event } by => WorkflowTaskResult.Done(EventArrived, $"Zdarzenie {by.EventName} zakończyło czekanie."),
        { Reason: WorkflowResumeReason.Timer } => WorkflowTaskResult.Done(TimeUp),
        _ => WorkflowTaskResult.Suspend(ResumeAt(context.Now, int.Parse(context.Setting(Days))), EventNames(context.Setting(Events))),
    });

    /// <summary>The same Warsaw time of day, <paramref name="days"/> working days after <paramref name="now"/>.</summary>
    public static DateTimeOffset ResumeAt(DateTimeOffset now, int days)
    {
        var local = PolishTime.ToWarsaw(now);
        var date = PolishCalendar.AddWorkingDays(DateOnly.FromDateTime(local.DateTime), days);
        var warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        var target = date.ToDateTime(TimeOnly.FromDateTime(local.DateTime));
        return new DateTimeOffset(target, warsaw.GetUtcOffset(target)).ToUniversalTime();
    }
}
