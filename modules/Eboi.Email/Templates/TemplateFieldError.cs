namespace Eboi.Email.Templates;

/// <summary>A validation error of one form field, in Polish (GOV.UK pattern: shown in the summary and at the field).</summary>
internal sealed record TemplateFieldError(string Field, string Message);

/// <summary>Outcome of saving a template: saved, or the errors to show.</summary>
internal sealed record TemplateSaveResult(IReadOnlyList<TemplateFieldError> Errors)
{
    public bool Saved => Errors.Count == 0;

    public static readonly TemplateSaveResult Ok = new([]);
}
