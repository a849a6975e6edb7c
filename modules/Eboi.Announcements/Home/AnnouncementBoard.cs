using Eboi.Announcements.Domain;
using Eboi.Core.Data;
using Eboi.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Announcements.Home;

/// <summary>The announcements citizens see today on the tenant's home page, newest first.</summary>
internal sealed class AnnouncementBoard(EboiDbContext db, TimeProvider clock)
{
    /// <summary>More than this is a notice board, not a home page; older ones wait until newer ones expire.</summary>
    public const int HomePageLimit = 5;

    public async Task<IReadOnlyList<Announcement>> CurrentAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(PolishTime.ToWarsaw(clock.GetUtcNow()).DateTime);
        return await db.Set<Announcement>().AsNoTracking()
            .Where(a => a.VisibleFrom <= today && (a.VisibleUntil == null || a.VisibleUntil >= today))
            .OrderByDescending(a => a.VisibleFrom).ThenByDescending(a => a.CreatedAt)
            .Take(HomePageLimit).ToListAsync(ct);
    }
}
