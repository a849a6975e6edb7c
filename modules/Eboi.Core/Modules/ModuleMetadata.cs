namespace Eboi.Core.Modules;

/// <summary>Endpoint metadata naming the module an endpoint belongs to; the tenant must enable it.</summary>
public sealed record ModuleMetadata(string ModuleName, bool AlwaysEnabled);
