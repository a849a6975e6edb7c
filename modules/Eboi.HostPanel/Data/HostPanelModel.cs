using Eboi.HostPanel.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.HostPanel.Data;

/// <summary>EF mapping of the host panel's tables; schema in Data/Migrations.</summary>
internal static class HostPanelModel
{
    public static void Configure(ModelBuilder b) => b.Entity<HostOperator>(e =>
    {
        e.ToTable("host_operators");
        e.HasKey(o => o.Id);
        e.HasIndex(o => o.Login).IsUnique();
    });
}
