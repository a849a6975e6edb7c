namespace Eboi.Core.Security;

/// <summary>A permission a module's pages require: its stable name (used in recipes and role claims) and Polish description.</summary>
public sealed record PermissionDefinition(string Name, string Description);
