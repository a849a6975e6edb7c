namespace Eboi.FaultReports.Recipes;

/// <summary>The recipe's "faultReports" (shape: faultreports.schema.json).</summary>
internal sealed record RecipeFaultReports(RecipeFaultMap Map, IReadOnlyList<RecipeFaultCategory> Categories);

internal sealed record RecipeFaultMap(double MinLat, double MinLon, double MaxLat, double MaxLon, string? TileUrl = null, string? Attribution = null);

internal sealed record RecipeFaultCategory(string Key, string Name, string Department, string DepartmentEmail, bool Active = true);

/// <summary>The demo section's "faultReports" (shape: faultreports-demo.schema.json).</summary>
internal sealed record RecipeFaultDemo(int Count, int Photos = 0);
