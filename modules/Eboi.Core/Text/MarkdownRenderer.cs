using Markdig;
using Microsoft.AspNetCore.Html;

namespace Eboi.Core.Text;

/// <summary>Renders editor Markdown to HTML with raw HTML disabled and only safe link schemes (no script injection through content).</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseAutoLinks().UseListExtras().UseEmphasisExtras().DisableHtml()
        .Use<SafeLinksExtension>().Build();

    public static HtmlString ToHtml(string? markdown) => new(Markdown.ToHtml(markdown ?? "", Pipeline));

    /// <summary>Plain text of Markdown (for search and summaries).</summary>
    public static string ToPlainText(string? markdown) => Markdown.ToPlainText(markdown ?? "", Pipeline).Trim();
}
