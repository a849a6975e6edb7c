using Eboi.Core.Liquid;
using Eboi.Workflows.Engine;

namespace Eboi.Tests.Workflows;

/// <summary>Workflow templates and conditions in Core's sandbox: only the flat values, and limits that stop runaway templates.</summary>
public sealed class WorkflowLiquidTests
{
    private static readonly Dictionary<string, string> Values = new() { ["numer"] = "U/2026/7", ["status"] = "nowe", ["dzial_email"] = "drogi@gmina.pl" };

    [Fact]
    public void Templates_render_the_events_values_as_plain_text()
    {
        Assert.Equal("drogi@gmina.pl", WorkflowLiquid.Render("{{ dzial_email }}", Values));
        Assert.Equal("Zgłoszenie U/2026/7 <nowe>", WorkflowLiquid.Render("Zgłoszenie {{ numer }} <{{ status }}>", Values));
        Assert.Equal("", WorkflowLiquid.Render("{{ brak }}", Values));
    }

    [Theory]
    [InlineData("status == \"nowe\"", true)]
    [InlineData("status != \"nowe\"", false)]
    [InlineData("numer contains \"2026\" and status == \"nowe\"", true)]
    [InlineData("brak == \"x\"", false)]
    public void Conditions_evaluate_over_the_values(string condition, bool expected) =>
        Assert.Equal(expected, WorkflowLiquid.Evaluate(condition, Values));

    [Fact]
    public void A_template_cannot_reach_another_object()
    {
        // A value is a Liquid string: no CLR member (type, length of the .NET string, anything) is reachable from it.
        Assert.Equal("", WorkflowLiquid.Render("{{ numer.GetType }}{{ numer.Length }}{{ status.Chars }}", Values));
        Assert.Throws<TemplateRenderException>(() => WorkflowLiquid.Render("{% include 'appsettings.json' %}", Values));
    }

    [Fact]
    public void A_template_that_loops_forever_is_stopped()
    {
        Assert.Throws<TemplateRenderException>(() => WorkflowLiquid.Render("{% for i in (1..100000000) %}x{% endfor %}", Values));
        Assert.Throws<TemplateRenderException>(() =>
            WorkflowLiquid.Render("{% for i in (1..100000) %}{% for j in (1..100000) %}{% endfor %}{% endfor %}", Values));
    }

    [Fact]
    public void A_condition_that_smuggles_tags_is_refused_when_run()
    {
        Assert.Throws<TemplateRenderException>(() => WorkflowLiquid.Evaluate("1 == 1 %}{% for i in (1..9) %}x{% endfor", Values));
    }
}
