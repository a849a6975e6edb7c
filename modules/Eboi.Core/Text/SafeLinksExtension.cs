using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Eboi.Core.Text;

/// <summary>Markdig extension applying <see cref="LinkPolicy"/> to every parsed link, autolink and image.</summary>
public sealed class SafeLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Sanitize;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Sanitize(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
            if (LinkPolicy.IsAllowed(url)) continue;
            // A refused image goes entirely; a refused link keeps its text, unlinked.
            if (!link.IsImage)
            {
                var child = link.FirstChild;
                while (child is not null)
                {
                    var next = child.NextSibling;
                    child.Remove();
                    link.InsertBefore(child);
                    child = next;
                }
            }
            link.Remove();
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
            if (!autolink.IsEmail && !LinkPolicy.IsAllowed(autolink.Url))
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
    }
}
