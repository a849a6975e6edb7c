using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eboi.Core.Web.Forms;

/// <summary>
/// The error summary on top of a form (GOV.UK pattern): a heading and a link to each field in error. Renders
/// nothing when the form is valid. Errors without a field (key "") are listed as plain text. The model state does not
/// keep the order errors were added in, so a form may pass order="..." (its field keys as on the page) to list them
/// in page order; fields not named come after.
/// </summary>
[HtmlTargetElement("eboi-error-summary", TagStructure = TagStructure.WithoutEndTag)]
// The app's encoder (WebEncoderOptions: all Unicode ranges), so Polish letters stay letters in the markup.
public sealed class ErrorSummaryTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("order")]
    public IEnumerable<string>? FieldOrder { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid)
        {
            output.SuppressOutput();
            return;
        }
        var enc = encoder;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("aria-labelledby", "error-summary-title");
        var order = FieldOrder?.ToList() ?? [];
        int Position(string key) => order.IndexOf(key) is var i and >= 0 ? i : order.Count;
        var items = state.Where(kv => kv.Value is { Errors.Count: > 0 }).OrderBy(kv => Position(kv.Key)).SelectMany(kv => kv.Value!.Errors.Select(e =>
            kv.Key.Length == 0
                ? $"<li>{enc.Encode(e.ErrorMessage)}</li>"
                : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(kv.Key, "_")}\">{enc.Encode(e.ErrorMessage)}</a></li>"));
        output.Content.SetHtmlContent($"<h2 id=\"error-summary-title\">Popraw błędy w formularzu</h2><ul>{string.Join("", items)}</ul>");
    }
}
