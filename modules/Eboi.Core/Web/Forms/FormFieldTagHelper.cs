using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Eboi.Core.Web.Forms;

/// <summary>
/// One form field in the GOV.UK pattern: label (with "wymagane"), hint, the error next to the field, and the input
/// wired with aria-describedby / aria-invalid. Keeps what the user typed, except passwords.
/// Usage: &lt;eboi-field for="Form.Email" label="Adres e-mail" type="email" required="true" autocomplete="email" /&gt;
/// type="textarea" takes rows; type="select" takes items (the option matching the value is selected).
/// </summary>
[HtmlTargetElement("eboi-field", TagStructure = TagStructure.WithoutEndTag)]
// The app's encoder (WebEncoderOptions: all Unicode ranges), so Polish letters stay letters in the markup.
public sealed class FormFieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    public ModelExpression For { get; set; } = null!;
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public bool Required { get; set; }
    public string? Autocomplete { get; set; }
    public string? Inputmode { get; set; }
    public int? Maxlength { get; set; }
    /// <summary>Height of a textarea in lines.</summary>
    public int Rows { get; set; } = 14;
    public IEnumerable<SelectListItem>? Items { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var attempted = entry?.AttemptedValue;
        var enc = encoder;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", errors.Count > 0 ? "field field-invalid" : "field");

        var describedBy = new List<string>();
        var html = new HtmlContentBuilder();
        if (Type == "checkbox")
        {
            var isChecked = attempted is not null ? attempted.Contains("true", StringComparison.OrdinalIgnoreCase) : For.Model is true;
            if (Hint is not null) describedBy.Add(id + "-hint");
            if (errors.Count > 0) describedBy.Add(id + "-error");
            AppendErrors(html, id, errors, enc);
            html.AppendHtml($"<div class=\"checkbox\"><input type=\"checkbox\" id=\"{id}\" name=\"{enc.Encode(name)}\" value=\"true\"{(isChecked ? " checked" : "")}{(Required ? " required" : "")}{Described(describedBy)}{(errors.Count > 0 ? " aria-invalid=\"true\"" : "")} />");
            html.AppendHtml($"<label for=\"{id}\">{enc.Encode(Label)}{RequiredMark()}</label></div>");
            if (Hint is not null) html.AppendHtml($"<p class=\"hint\" id=\"{id}-hint\">{Hint}</p>");
            output.Content.SetHtmlContent(html);
            return;
        }

        html.AppendHtml($"<label for=\"{id}\">{enc.Encode(Label)}{RequiredMark()}</label>");
        if (Hint is not null)
        {
            html.AppendHtml($"<p class=\"hint\" id=\"{id}-hint\">{enc.Encode(Hint)}</p>");
            describedBy.Add(id + "-hint");
        }
        if (errors.Count > 0) describedBy.Add(id + "-error");
        AppendErrors(html, id, errors, enc);
        var value = Type == "password" ? "" : attempted ?? For.Model?.ToString() ?? "";
        if (Type == "textarea")
        {
            html.AppendHtml($"<textarea id=\"{id}\" name=\"{enc.Encode(name)}\" rows=\"{Rows}\""
                + (Required ? " required aria-required=\"true\"" : "") + Described(describedBy) + (errors.Count > 0 ? " aria-invalid=\"true\"" : "")
                + $">{enc.Encode(value)}</textarea>");
            output.Content.SetHtmlContent(html);
            return;
        }
        if (Type == "select")
        {
            html.AppendHtml($"<select id=\"{id}\" name=\"{enc.Encode(name)}\""
                + (Required ? " required aria-required=\"true\"" : "") + Described(describedBy) + (errors.Count > 0 ? " aria-invalid=\"true\"" : "") + ">");
            foreach (var item in Items ?? [])
                html.AppendHtml($"<option value=\"{enc.Encode(item.Value)}\"{(item.Value == value ? " selected" : "")}>{enc.Encode(item.Text)}</option>");
            html.AppendHtml("</select>");
            output.Content.SetHtmlContent(html);
            return;
        }
        html.AppendHtml($"<input type=\"{Type}\" id=\"{id}\" name=\"{enc.Encode(name)}\" value=\"{enc.Encode(value)}\""
            + (Required ? " required aria-required=\"true\"" : "")
            + (Autocomplete is not null ? $" autocomplete=\"{Autocomplete}\"" : "")
            + (Inputmode is not null ? $" inputmode=\"{Inputmode}\"" : "")
            + (Maxlength is not null ? $" maxlength=\"{Maxlength}\"" : "")
            + Described(describedBy)
            + (errors.Count > 0 ? " aria-invalid=\"true\"" : "")
            + " />");
        output.Content.SetHtmlContent(html);
    }

    private string RequiredMark() => Required ? " <span class=\"required\">(wymagane)</span>" : "";

    private static string Described(List<string> ids) => ids.Count > 0 ? $" aria-describedby=\"{string.Join(' ', ids)}\"" : "";

    private static void AppendErrors(HtmlContentBuilder html, string id, List<string> errors, HtmlEncoder enc)
    {
        if (errors.Count == 0) return;
        html.AppendHtml($"<p class=\"error-message\" id=\"{id}-error\"><span class=\"visually-hidden\">Błąd: </span>{string.Join("<br />", errors.Select(enc.Encode))}</p>");
    }
}
