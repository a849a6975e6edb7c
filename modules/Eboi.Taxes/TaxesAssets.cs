namespace Eboi.Taxes;

/// <summary>The module's static files.</summary>
internal static class TaxesAssets
{
    public const string Styles = "~/_content/Eboi.Taxes/css/platnosci.css";
}
