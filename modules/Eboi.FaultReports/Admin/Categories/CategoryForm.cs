using Eboi.FaultReports.Domain;

namespace Eboi.FaultReports.Admin.Categories;

/// <summary>What staff type for a category: its name, the department handling it and whether citizens may pick it.</summary>
internal sealed class CategoryForm
{
    public string? Name { get; set; }
    public string? DepartmentName { get; set; }
    public string? DepartmentEmail { get; set; }
    /// <summary>False unless posted checked (an unchecked box posts nothing); the new-category form starts it checked.</summary>
    public bool Active { get; set; }

    public static CategoryForm From(FaultCategory c) =>
        new() { Name = c.Name, DepartmentName = c.DepartmentName, DepartmentEmail = c.DepartmentEmail, Active = c.Active };
}
