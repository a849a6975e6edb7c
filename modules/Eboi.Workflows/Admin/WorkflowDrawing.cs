using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Eboi.Workflows.Domain;

namespace Eboi.Workflows.Admin;

/// <summary>
/// A server-side SVG of a workflow's graph, no JavaScript: a simple layered layout (a step's row is its distance from the
/// first step), boxes with the step and its task, arrows labelled with outcomes. Accessible: role="img" with a title
/// and a description; the page also lists the transitions as text.
/// </summary>
internal static class WorkflowDrawing
{
    private const int BoxWidth = 220, BoxHeight = 54, ColumnGap = 40, RowGap = 56, Margin = 20;

    public static string Svg(WorkflowGraph graph, string title, Func<string, string> taskLabel)
    {
        var layers = Layers(graph);
        var columns = new Dictionary<int, int>();
        var position = new Dictionary<string, (int X, int Y)>();
        foreach (var a in graph.Activities)
        {
            var layer = layers[a.Id];
            var column = columns.GetValueOrDefault(layer);
            columns[layer] = column + 1;
            position[a.Id] = (Margin + column * (BoxWidth + ColumnGap), Margin + layer * (BoxHeight + RowGap));
        }
        var width = Margin * 2 + Math.Max(1, columns.Values.DefaultIfEmpty(1).Max()) * (BoxWidth + ColumnGap) + 60;
        var height = Margin * 2 + (layers.Values.DefaultIfEmpty(0).Max() + 1) * (BoxHeight + RowGap);
        var e = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"workflow-graph\" role=\"img\" aria-labelledby=\"wf-title wf-desc\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"wf-title\">Schemat procesu {e.Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"wf-desc\">{graph.Activities.Count} kroków, {graph.Transitions.Count} przejść; pierwszy krok: {e.Encode(graph.Activities.FirstOrDefault()?.Id ?? "brak")}. Lista przejść jest pod rysunkiem.</desc>");
        svg.Append("<defs><marker id=\"wf-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1d1d1b\"/></marker></defs>");
        foreach (var t in graph.Transitions)
        {
            if (!position.TryGetValue(t.From, out var from) || !position.TryGetValue(t.To, out var to)) continue;
            var (x1, y1) = (from.X + BoxWidth / 2, from.Y + BoxHeight);
            var (x2, y2) = (to.X + BoxWidth / 2, to.Y);
            string path;
            (int X, int Y) label;
            if (to.Y > from.Y)
            {
                path = $"M{x1},{y1} L{x2},{y2}";
                label = ((x1 + x2) / 2 + 6, (y1 + y2) / 2);
            }
            else
            {
                // A step leading back up: around the right-hand side.
                var side = Math.Max(from.X, to.X) + BoxWidth + 30;
                path = $"M{from.X + BoxWidth},{from.Y + BoxHeight / 2} C{side},{from.Y + BoxHeight / 2} {side},{to.Y + BoxHeight / 2} {to.X + BoxWidth},{to.Y + BoxHeight / 2}";
                label = (side - 20, (from.Y + to.Y) / 2 + BoxHeight / 2);
            }
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"#1d1d1b\" stroke-width=\"1.5\" marker-end=\"url(#wf-arrow)\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label.X}\" y=\"{label.Y}\" font-size=\"13\" fill=\"#1d1d1b\">{e.Encode(t.Outcome)}</text>");
        }
        foreach (var a in graph.Activities)
        {
            var (x, y) = position[a.Id];
            var first = a == graph.Activities[0];
            // A switched-off step: dashed outline and "(wyłączony)", so the drawing shows it is skipped.
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"6\" fill=\"{(first ? "#e8f1fb" : "#ffffff")}\" stroke=\"#1d1d1b\" stroke-width=\"{(first ? 2.5 : 1.5).ToString(CultureInfo.InvariantCulture)}\"{(a.Disabled ? " stroke-dasharray=\"6 4\"" : "")}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 10}\" y=\"{y + 22}\" font-size=\"14\" font-weight=\"bold\" fill=\"#1d1d1b\">{e.Encode(Shorten(a.Disabled ? a.Id + " (wyłączony)" : a.Id))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 10}\" y=\"{y + 42}\" font-size=\"13\" fill=\"#1d1d1b\">{e.Encode(Shorten(taskLabel(a.Task)))}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Each step's row: its shortest distance from the first step; unreachable steps go below the rest.</summary>
    public static Dictionary<string, int> Layers(WorkflowGraph graph)
    {
        var layers = new Dictionary<string, int>();
        if (graph.Activities.Count == 0) return layers;
        var queue = new Queue<string>();
        layers[graph.Activities[0].Id] = 0;
        queue.Enqueue(graph.Activities[0].Id);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            foreach (var t in graph.Transitions.Where(t => t.From == id && !layers.ContainsKey(t.To) && graph.Find(t.To) is not null))
            {
                layers[t.To] = layers[id] + 1;
                queue.Enqueue(t.To);
            }
        }
        var next = layers.Values.Max() + 1;
        foreach (var a in graph.Activities.Where(a => !layers.ContainsKey(a.Id))) layers[a.Id] = next++;
        return layers;
    }

    private static string Shorten(string text) => text.Length <= 28 ? text : text[..27] + "…";
}
