namespace Eboi.HostPanel.Tenants;

/// <summary>Where the recipe of a new tenant comes from.</summary>
internal enum RecipeOrigin
{
    Shipped,
    Upload,
}

/// <summary>What an operator fills in at /admin/urzedy/nowy.</summary>
internal sealed class TenantCreateForm
{
    public RecipeOrigin Origin { get; set; } = RecipeOrigin.Shipped;

    /// <summary>File name of a shipped recipe (recipes/*.recipe.json).</summary>
    public string? RecipeFile { get; set; }

    /// <summary>Slug of the new tenant; empty means the recipe's own.</summary>
    public string? Slug { get; set; }

    /// <summary>Extra host names, one per line.</summary>
    public string? Hosts { get; set; }

    public bool Demo { get; set; }

    /// <summary>E-mail of the first administrator, invited by e-mail to set a password (optional).</summary>
    public string? AdminEmail { get; set; }

    public string? AdminName { get; set; }
}
