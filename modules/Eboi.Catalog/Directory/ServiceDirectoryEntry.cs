namespace Eboi.Catalog;

/// <summary>
/// One service offered by one office. Deliberately not ITenantOwned: the host portal reads it across offices;
/// its RLS policy lets everyone read and only the owning tenant write (Data/Migrations/0001_service_directory.sql).
/// </summary>
public sealed class ServiceDirectoryEntry
{
    public Guid TenantId { get; set; }
    public string ServiceKey { get; set; } = "";
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public bool Online { get; set; }
}
