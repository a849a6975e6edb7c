using System.Globalization;
using Eboi.Forms.Domain;

namespace Eboi.Forms.Admin;

/// <summary>What the form builder posts: the form's header and its fields in order.</summary>
internal sealed class FormEditorInput
{
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Description { get; set; }
    public string Department { get; set; } = "";
    public string? DepartmentEmail { get; set; }
    public List<FieldInput> Fields { get; set; } = [];

    public FormContent ToContent() => new()
    {
        Description = (Description ?? "").Trim(), Department = Department.Trim(),
        DepartmentEmail = string.IsNullOrWhiteSpace(DepartmentEmail) ? null : DepartmentEmail.Trim(),
        Fields = [.. Fields.Select(f => f.ToField())],
    };

    public static FormEditorInput From(string title, string slug, FormContent c) => new()
    {
        Title = title, Slug = slug, Description = c.Description, Department = c.Department, DepartmentEmail = c.DepartmentEmail,
        Fields = [.. c.Fields.Select(FieldInput.From)],
    };
}

/// <summary>One field row of the builder; options are one per line.</summary>
internal sealed class FieldInput
{
    public string Name { get; set; } = "";
    public FieldKind Kind { get; set; }
    public string Label { get; set; } = "";
    public bool Required { get; set; }
    public string? Help { get; set; }
    public string? Options { get; set; }
    public int? MaxLength { get; set; }
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }

    public FormField ToField() => new()
    {
        Name = Name.Trim(), Kind = Kind, Label = Label.Trim(), Required = Required, Help = string.IsNullOrWhiteSpace(Help) ? null : Help.Trim(),
        Options = Kind == FieldKind.Select ? [.. (Options ?? "").Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0)] : null,
        MaxLength = Kind is FieldKind.Text or FieldKind.LongText ? MaxLength : null,
        Min = Kind == FieldKind.Number ? Min : null,
        Max = Kind == FieldKind.Number ? Max : null,
    };

    public static FieldInput From(FormField f) => new()
    {
        Name = f.Name, Kind = f.Kind, Label = f.Label, Required = f.Required, Help = f.Help, Options = f.Options is null ? null : string.Join('\n', f.Options),
        MaxLength = f.MaxLength, Min = f.Min, Max = f.Max,
    };
}
