using System.Security.Claims;
using System.Text.RegularExpressions;
using Eboi.Core.Workflows;
using Eboi.Workflows.Definitions;
using Eboi.Workflows.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Workflows.Admin;

/// <summary>
/// What the new and edit pages share: the bound form, the choices its selects offer, the no-JavaScript editing handlers
/// (add a step, remove one, refresh a step's settings after choosing another task) and saving with errors next to fields.
/// </summary>
internal abstract partial class WorkflowEditorPageModel : PageModel
{
    // Resolved per request: the page model is public (Razor) while the module's services stay internal.
    private protected WorkflowDefinitions Definitions => HttpContext.RequestServices.GetRequiredService<WorkflowDefinitions>();
    private protected WorkflowCatalog Catalog => HttpContext.RequestServices.GetRequiredService<WorkflowCatalog>();

    /// <summary>Loads what the page is about before a handler runs (the edit page: its definition); false → 404.</summary>
    private protected virtual Task<bool> PrepareAsync(CancellationToken ct) => Task.FromResult(true);

    [BindProperty] public WorkflowForm Form { get; set; } = new();

    [TempData] public string? Message { get; set; }

    public IReadOnlyList<string> ErrorOrder { get; private set; } = [];
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<string> Templates { get; private set; } = [];

    /// <summary>Null on the new page: the key is typed; on the edit page it is fixed.</summary>
    public virtual string? FixedKey => null;

    public IReadOnlyList<IWorkflowTask> Tasks => Catalog.Tasks;

    public IWorkflowTask? TaskOf(WorkflowActivityForm a) => Catalog.Task(a.Task ?? "");

    public IEnumerable<SelectListItem> TriggerItems =>
        Catalog.Events.Select(e => new SelectListItem($"{e.Label} ({e.Name})", e.Name)).Append(new(WorkflowTriggers.TimerLabel, WorkflowTriggers.Timer));

    public IEnumerable<SelectListItem> TaskItems => Catalog.Tasks.Select(t => new SelectListItem($"{t.Label} ({t.Name})", t.Name));

    public IEnumerable<SelectListItem> NewTaskItems => TaskItems.Prepend(new SelectListItem("— wybierz —", ""));

    /// <summary>Every "step → outcome" a transition may leave by, from the steps as they are in the form.</summary>
    public IEnumerable<SelectListItem> SourceItems =>
        new[] { new SelectListItem("— brak —", "") }.Concat(Form.Activities.Where(a => !string.IsNullOrWhiteSpace(a.Id)).SelectMany(a =>
            (TaskOf(a)?.Outcomes(Settings(a)) ?? []).Select(o => new SelectListItem($"{a.Id} → {o.Label}", a.Id + WorkflowForm.SourceSeparator + o.Value))));

    public IEnumerable<SelectListItem> TargetItems =>
        new[] { new SelectListItem("— brak —", "") }.Concat(Form.Activities.Where(a => !string.IsNullOrWhiteSpace(a.Id)).Select(a => new SelectListItem(a.Id!, a.Id)));

    public IEnumerable<SelectListItem> ItemsFor(WorkflowParameter p) => p.Kind switch
    {
        WorkflowParameterKind.Choice => Empty(p).Concat((p.Choices ?? []).Select(c => new SelectListItem(c.Label, c.Value))),
        WorkflowParameterKind.Role => Empty(p).Concat(Roles.Select(r => new SelectListItem(r, r))),
        WorkflowParameterKind.EmailTemplate => Empty(p).Concat(Templates.Select(t => new SelectListItem(t, t))),
        _ => [],
    };

    private static IEnumerable<SelectListItem> Empty(WorkflowParameter p) => [new(p.Required ? "— wybierz —" : "— brak —", "")];

    /// <summary>The values the trigger's event offers to templates and conditions.</summary>
    public IReadOnlyList<WorkflowField> TriggerFields => Catalog.Event(Form.TriggerEvent ?? "")?.Fields ?? [];

    private protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        // Every setting of a step's task has an entry, so each renders as a field (empty when not set).
        foreach (var a in Form.Activities)
            foreach (var p in TaskOf(a)?.Parameters ?? [])
                a.Settings.TryAdd(p.Name, null);
        Roles = [.. (await Definitions.RolesAsync(ct)).Order()];
        Templates = [.. Definitions.TemplateKeys.Order()];
        var order = new List<string> { "Form.Title", "Form.Key", "Form.TriggerEvent", "Form.TriggerCron" };
        for (var i = 0; i < Form.Activities.Count; i++)
        {
            order.Add($"Form.Activities[{i}].Id");
            order.Add($"Form.Activities[{i}].Task");
            order.Add($"Form.Activities[{i}].Disabled");
            order.AddRange((TaskOf(Form.Activities[i])?.Parameters ?? []).Select(p => $"Form.Activities[{i}].Settings[{p.Name}]"));
        }
        for (var i = 0; i < Form.Transitions.Count; i++) order.AddRange([$"Form.Transitions[{i}].Source", $"Form.Transitions[{i}].To"]);
        ErrorOrder = order;
    }

    private static Dictionary<string, string> Settings(WorkflowActivityForm a) =>
        a.Settings.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!);

    /// <summary>Blank rows so a transition can be added without JavaScript.</summary>
    private protected void AddBlankTransitions()
    {
        Form.Transitions.RemoveAll(t => string.IsNullOrWhiteSpace(t.Source) && string.IsNullOrWhiteSpace(t.To));
        Form.Transitions.Add(new());
        Form.Transitions.Add(new());
    }

    private protected async Task<IActionResult> RedisplayAsync(CancellationToken ct)
    {
        ModelState.Clear();
        AddBlankTransitions();
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddActivityAsync(CancellationToken ct)
    {
        if (!await PrepareAsync(ct)) return NotFound();
        var task = Catalog.Task(Form.NewTask ?? "");
        if (task is not null)
        {
            var id = string.IsNullOrWhiteSpace(Form.NewId) ? task.Name.Replace('.', '-') : Form.NewId.Trim();
            for (var n = 2; Form.Activities.Any(a => a.Id == id); n++) id = $"{id.TrimEnd('-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9')}-{n}";
            var previous = Form.Activities.LastOrDefault();
            Form.Activities.Add(new WorkflowActivityForm { Id = id, Task = task.Name, Y = Form.Activities.Count });
            // The new step follows the last one by its first outcome, the common case; the transitions below can change it.
            if (previous is { Id.Length: > 0 } && TaskOf(previous) is { } before && before.Outcomes(Settings(previous)).FirstOrDefault() is { } outcome
                && !Form.Transitions.Any(t => t.Source == previous.Id + WorkflowForm.SourceSeparator + outcome.Value))
                Form.Transitions.Add(new() { Source = previous.Id + WorkflowForm.SourceSeparator + outcome.Value, To = id });
        }
        Form.NewTask = null;
        Form.NewId = null;
        return await RedisplayAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveActivityAsync(int index, CancellationToken ct)
    {
        if (!await PrepareAsync(ct)) return NotFound();
        if (index >= 0 && index < Form.Activities.Count)
        {
            var id = Form.Activities[index].Id;
            Form.Activities.RemoveAt(index);
            Form.Transitions.RemoveAll(t => t.To == id || (t.Source ?? "").StartsWith(id + WorkflowForm.SourceSeparator, StringComparison.Ordinal));
        }
        return await RedisplayAsync(ct);
    }

    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken ct)
    {
        if (!await PrepareAsync(ct)) return NotFound();
        // Settings the newly chosen task does not have are dropped.
        foreach (var a in Form.Activities)
            if (TaskOf(a) is { } task)
                a.Settings = a.Settings.Where(s => task.Parameters.Any(p => p.Name == s.Key)).ToDictionary();
        return await RedisplayAsync(ct);
    }

    /// <summary>Validates and saves; on errors shows them next to their fields with everything typed kept.</summary>
    private protected async Task<IActionResult> SaveAsync(CancellationToken ct)
    {
        if (!await PrepareAsync(ct)) return NotFound();
        ModelState.Clear();
        var (doc, rows) = Form.ToDocument(FixedKey);
        var result = await Definitions.SaveAsync(doc, User.FindFirstValue(ClaimTypes.Name), null, ct);
        if (result.Saved is not { } saved)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(FieldOf(e.Path, rows), e.Message);
            AddBlankTransitions();
            await LoadChoicesAsync(ct);
            return Page();
        }
        Message = result.Changed ? $"Zapisano proces „{saved.Title}” (wersja {saved.Version})." : $"Proces „{saved.Title}” się nie zmienił.";
        return Redirect(Url.Content("~" + WorkflowsPaths.AdminEdit(saved.Id)));
    }

    [GeneratedRegex(@"^(activities|transitions)\[(\d+)\]\.(\w+)(?:\.(.+))?$")]
    private static partial Regex ItemPath();

    /// <summary>The form field of a validator path ("activities[1].settings.szablon" → Form.Activities[1].Settings[szablon]).</summary>
    internal static string FieldOf(string path, IReadOnlyList<int> transitionRows)
    {
        switch (path)
        {
            case "key": return "Form.Key";
            case "title": return "Form.Title";
            case "trigger.event": return "Form.TriggerEvent";
            case "trigger.cron": return "Form.TriggerCron";
        }
        if (ItemPath().Match(path) is not { Success: true } m) return "";
        var index = int.Parse(m.Groups[2].Value);
        if (m.Groups[1].Value == "transitions")
            return $"Form.Transitions[{transitionRows[index]}].{(m.Groups[3].Value == "to" ? "To" : "Source")}";
        return m.Groups[3].Value switch
        {
            "id" => $"Form.Activities[{index}].Id",
            "task" => $"Form.Activities[{index}].Task",
            "disabled" => $"Form.Activities[{index}].Disabled",
            "settings" => $"Form.Activities[{index}].Settings[{m.Groups[4].Value}]",
            _ => "",
        };
    }
}
