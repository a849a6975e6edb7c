namespace Eboi.Forms.Domain;

/// <summary>
/// The data of one version of a form (the jsonb of its content version): what it is for, the department it goes to,
/// and its fields in page order. Title and slug are the version's own columns.
/// </summary>
internal sealed record FormContent
{
    public string Description { get; init; } = "";
    public string Department { get; init; } = "";
    public string? DepartmentEmail { get; init; }
    public List<FormField> Fields { get; init; } = [];
}
