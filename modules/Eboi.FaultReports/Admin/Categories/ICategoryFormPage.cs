namespace Eboi.FaultReports.Admin.Categories;

/// <summary>A page showing the category fields (_CategoryFields): the add and edit pages.</summary>
internal interface ICategoryFormPage
{
    CategoryForm Form { get; }
}
