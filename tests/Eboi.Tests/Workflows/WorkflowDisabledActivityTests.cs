using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Workflows.Admin;
using Eboi.Workflows.Definitions;

namespace Eboi.Tests.Workflows;

/// <summary>A step switched off in the panel: allowed only where "gotowe" lets the process go on, kept through graph and JSON, its error next to its checkbox.</summary>
public sealed class WorkflowDisabledActivityTests
{
    private static readonly WorkflowCatalog Catalog = WorkflowTestCatalog.Create();

    private static IReadOnlyList<WorkflowError> Validate(WorkflowDocument doc) =>
        WorkflowValidator.Validate(doc, Catalog, WorkflowTestCatalog.Roles, WorkflowTestCatalog.Templates);

    private static WorkflowDocument Fault(int disabledIndex)
    {
        var doc = WorkflowValidatorTests.Sample()[0];
        var activities = doc.Activities.ToList();
        activities[disabledIndex] = activities[disabledIndex] with { Disabled = true };
        return doc with { Activities = activities };
    }

    [Fact]
    public void The_reporter_email_step_may_be_switched_off()
    {
        var doc = Fault(0);
        Assert.Equal("email.send", doc.Activities[0].Task);
        Assert.Empty(Validate(doc));
    }

    [Fact]
    public void A_step_without_a_gotowe_outcome_cannot_be_switched_off()
    {
        var doc = Fault(2);
        Assert.Equal("czekaj", doc.Activities[2].Task);
        var error = Assert.Single(Validate(doc));
        Assert.Equal("activities[2].disabled", error.Path);
        Assert.Contains("Wyłączyć można tylko krok kończący się wynikiem „gotowe”", error.Message);
        Assert.Contains("uplynal-czas, zdarzenie", error.Message);
        Assert.Equal("Form.Activities[2].Disabled", WorkflowEditorPageModel.FieldOf(error.Path, []));
    }

    [Fact]
    public void The_flag_survives_graph_and_json_and_is_written_only_when_set()
    {
        var doc = Fault(0);
        var graph = WorkflowDefinitions.ToGraph(doc);
        Assert.True(graph.Activities[0].Disabled);
        Assert.False(graph.Activities[1].Disabled);
        var json = JsonSerializer.Serialize(graph, JsonColumn.Options);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"disabled\"", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.DoesNotContain("disabled", JsonSerializer.Serialize(WorkflowDefinitions.ToGraph(WorkflowValidatorTests.Sample()[0]), JsonColumn.Options), StringComparison.OrdinalIgnoreCase);

        var svg = WorkflowDrawing.Svg(graph, "Zgłoszenie", task => task);
        Assert.Contains("potwierdzenie (wyłączony)", System.Net.WebUtility.HtmlDecode(svg));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "stroke-dasharray"));

        var exported = JsonSerializer.Serialize(doc, JsonColumn.Options);
        var back = JsonSerializer.Deserialize<WorkflowDocument>(exported, JsonColumn.Options)!;
        Assert.True(back.Activities[0].Disabled);
        Assert.False(back.Activities[1].Disabled);
    }
}
