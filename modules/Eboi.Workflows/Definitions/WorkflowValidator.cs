using System.Net.Mail;
using System.Text.RegularExpressions;
using Eboi.Core.Workflows;
using Eboi.Workflows.Domain;
using Eboi.Workflows.Engine;

namespace Eboi.Workflows.Definitions;

/// <summary>
/// Checks a whole workflow before it is saved (editor, import, recipe): key and title, trigger, every activity's task
/// and settings (generic checks by parameter kind, then the task's own <see cref="IWorkflowTask.Validate"/>), and
/// transitions between existing activities by outcomes their task has, no loop without a wait (<see cref="WorkflowLoops"/>).
/// All problems at once, with paths.
/// </summary>
internal static partial class WorkflowValidator
{
    public const int KeyMax = 80;
    public const int TitleMax = 150;
    public const int MaxActivities = 50;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    public static IReadOnlyList<WorkflowError> Validate(WorkflowDocument doc, WorkflowCatalog catalog, IReadOnlySet<string> roles, IReadOnlySet<string> templates)
    {
        var errors = new List<WorkflowError>();
        if (string.IsNullOrWhiteSpace(doc.Key)) errors.Add(new("key", "Podaj klucz procesu (małe litery, cyfry i łączniki)."));
        else if (doc.Key.Length > KeyMax || !KeyPattern().IsMatch(doc.Key))
            errors.Add(new("key", $"Klucz może mieć tylko małe litery bez polskich znaków, cyfry i łączniki (najwyżej {KeyMax} znaków), np. zgloszenie-usterki."));
        if (string.IsNullOrWhiteSpace(doc.Title)) errors.Add(new("title", "Podaj nazwę procesu."));
        else if (doc.Title.Trim().Length > TitleMax) errors.Add(new("title", $"Nazwa może mieć najwyżej {TitleMax} znaków."));

        var trigger = CheckTrigger(doc.Trigger, catalog, errors);
        var known = trigger?.Fields.Select(f => f.Name).ToList() ?? (doc.Trigger.Event == WorkflowTriggers.Timer ? [] : null);
        var context = new WorkflowValidationContext(roles, templates, trigger);

        if (doc.Activities.Count == 0) errors.Add(new("activities", "Dodaj co najmniej jeden krok."));
        if (doc.Activities.Count > MaxActivities) errors.Add(new("activities", $"Proces może mieć najwyżej {MaxActivities} kroków."));
        var outcomes = new Dictionary<string, IReadOnlyList<WorkflowChoice>>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Activities.Count; i++)
        {
            var a = doc.Activities[i];
            var path = $"activities[{i}]";
            if (string.IsNullOrWhiteSpace(a.Id) || a.Id.Length > KeyMax || !KeyPattern().IsMatch(a.Id))
                errors.Add(new(path + ".id", "Identyfikator kroku: małe litery bez polskich znaków, cyfry i łączniki, np. powiadom-dzial."));
            else if (doc.Activities.FindIndex(x => x.Id == a.Id) != i)
                errors.Add(new(path + ".id", $"Krok „{a.Id}” powtarza się: każdy krok musi mieć inny identyfikator."));
            var task = catalog.Task(a.Task);
            if (task is null)
            {
                errors.Add(new(path + ".task", $"Nieznane zadanie „{a.Task}”. Dostępne: {string.Join(", ", catalog.Tasks.Select(t => t.Name))}."));
                continue;
            }
            var settingErrors = CheckSettings(task, a.Settings, known, roles, templates);
            if (settingErrors.Count == 0) settingErrors.AddRange(task.Validate(a.Settings, context));
            errors.AddRange(settingErrors.GroupBy(e => e.Parameter).Select(g => new WorkflowError($"{path}.settings.{g.Key}", g.First().Message)));
            if (!outcomes.ContainsKey(a.Id)) outcomes[a.Id] = task.Outcomes(a.Settings);
            if (a.Disabled && task.Outcomes(a.Settings).All(o => o.Value != WorkflowTaskNames.Done))
                errors.Add(new(path + ".disabled", $"Wyłączyć można tylko krok kończący się wynikiem „{WorkflowTaskNames.Done}” (proces przechodzi wtedy dalej bez niego). "
                    + $"Krok „{a.Id}” ({task.Label}) kończy się wynikami: {string.Join(", ", task.Outcomes(a.Settings).Select(o => o.Value))}; usuń go albo zmień przejścia."));
        }

        for (var i = 0; i < doc.Transitions.Count; i++)
        {
            var t = doc.Transitions[i];
            var path = $"transitions[{i}]";
            if (!outcomes.TryGetValue(t.From ?? "", out var from))
                errors.Add(new(path + ".from", $"Nie ma kroku „{t.From}”."));
            else if (from.All(o => o.Value != t.Outcome))
                errors.Add(new(path + ".outcome", $"Krok „{t.From}” nie kończy się wynikiem „{t.Outcome}”. Możliwe: {string.Join(", ", from.Select(o => o.Value))}."));
            if (doc.Activities.All(a => a.Id != t.To)) errors.Add(new(path + ".to", $"Nie ma kroku „{t.To}”."));
            else if (t.To == t.From) errors.Add(new(path + ".to", "Krok nie może prowadzić sam do siebie."));
            if (doc.Transitions.FindIndex(x => x.From == t.From && x.Outcome == t.Outcome) != i)
                errors.Add(new(path + ".outcome", $"Wynik „{t.Outcome}” kroku „{t.From}” ma już przejście: z jednego wyniku prowadzi jedno przejście."));
        }
        errors.AddRange(WorkflowLoops.InstantLoops(doc));
        return errors;
    }

    private static WorkflowEventDefinition? CheckTrigger(WorkflowDocumentTrigger trigger, WorkflowCatalog catalog, List<WorkflowError> errors)
    {
        if (trigger.Event == WorkflowTriggers.Timer)
        {
            if (!WorkflowCron.TryParse(trigger.Cron, out _))
                errors.Add(new("trigger.cron", "Podaj harmonogram w formacie cron (5 pól: minuta godzina dzień miesiąc dzień-tygodnia), np. 0 8 * * 1-5."));
            return null;
        }
        var definition = catalog.Event(trigger.Event);
        if (definition is null)
            errors.Add(new("trigger.event", $"Nieznane zdarzenie „{trigger.Event}”. Dostępne: {string.Join(", ", catalog.Events.Select(e => e.Name).Append(WorkflowTriggers.Timer))}."));
        if (!string.IsNullOrEmpty(trigger.Cron))
            errors.Add(new("trigger.cron", $"Harmonogram dotyczy tylko wyzwalacza „{WorkflowTriggers.Timer}”."));
        return definition;
    }

    /// <summary>What every task gets checked for by its parameters' kinds: required, known names, numbers, choices, templates, roles, addresses.</summary>
    private static List<WorkflowSettingError> CheckSettings(IWorkflowTask task, IReadOnlyDictionary<string, string> settings,
        IReadOnlyCollection<string>? known, IReadOnlySet<string> roles, IReadOnlySet<string> templates)
    {
        var errors = new List<WorkflowSettingError>();
        foreach (var name in settings.Keys.Where(k => task.Parameters.All(p => p.Name != k)))
            errors.Add(new(name, $"Zadanie „{task.Label}” nie ma ustawienia „{name}”. Ustawienia: {string.Join(", ", task.Parameters.Select(p => p.Name))}."));
        foreach (var p in task.Parameters)
        {
            var value = settings.TryGetValue(p.Name, out var v) ? v : "";
            if (string.IsNullOrWhiteSpace(value))
            {
                if (p.Required) errors.Add(new(p.Name, $"Uzupełnij pole „{p.Label}”."));
                continue;
            }
            var problem = p.Kind switch
            {
                WorkflowParameterKind.Number => int.TryParse(value, out var n) && n >= 0 ? null : $"„{p.Label}”: wpisz liczbę całkowitą, np. 3.",
                WorkflowParameterKind.Choice => p.Choices?.Any(c => c.Value == value) == false
                    ? $"„{p.Label}”: wybierz jedną z wartości: {string.Join(", ", p.Choices!.Select(c => c.Value))}." : null,
                WorkflowParameterKind.Template => WorkflowLiquid.TemplateProblem(value, known),
                WorkflowParameterKind.Condition => WorkflowLiquid.ConditionProblem(value, known),
                WorkflowParameterKind.Role => roles.Contains(value) ? null : $"Nie ma roli „{value}”. Role: {string.Join(", ", roles)}.",
                WorkflowParameterKind.EmailTemplate => templates.Contains(value) ? null : $"Nie ma szablonu e-mail „{value}”.",
                WorkflowParameterKind.Email => MailAddress.TryCreate(value, out _) ? null : $"„{value}” nie jest adresem e-mail.",
                _ => value.Length > WorkflowLiquid.MaxLength ? $"„{p.Label}” może mieć najwyżej {WorkflowLiquid.MaxLength} znaków." : null,
            };
            if (problem is not null) errors.Add(new(p.Name, problem));
        }
        return errors;
    }
}
