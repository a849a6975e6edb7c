using System.Security.Claims;
using Eboi.Core.Data;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Workflows.Notifications;

/// <summary>The panel's notifications for the signed-in staff member: those to a role they hold or to them.</summary>
internal sealed class StaffNotifications(EboiDbContext db, TimeProvider clock)
{
    public const int PageSize = 100;

    private IQueryable<StaffNotification> For(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var g) ? g : Guid.Empty;
        return db.Set<StaffNotification>().Where(n => (n.Role != null && roles.Contains(n.Role)) || n.UserId == id);
    }

    public async Task<IReadOnlyList<StaffNotification>> ListAsync(ClaimsPrincipal user, CancellationToken ct) =>
        await For(user).AsNoTracking().OrderByDescending(n => n.CreatedAt).Take(PageSize).ToListAsync(ct);

    public Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct) => For(user).CountAsync(n => n.ReadAt == null, ct);

    /// <summary>Marks one (or, with null, all) of the user's unread notifications read.</summary>
    public Task<int> MarkReadAsync(ClaimsPrincipal user, Guid? id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var name = user.FindFirstValue(ClaimTypes.Name);
        return For(user).Where(n => n.ReadAt == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now).SetProperty(n => n.ReadBy, name), ct);
    }
}
