using Eboi.Core.Data;
using Eboi.Core.Jobs;
using Eboi.Workflows.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Workflows.Engine;

/// <summary>
/// Nightly, per tenant: deletes finished and faulted instances (their journals go with them) and read notifications
/// older than the tenant's retention period, so instances do not pile up (Orchard keeps them forever).
/// </summary>
internal sealed class RetentionJob(EboiDbContext db, TimeProvider clock) : IScheduledJob
{
    public const string Name = "workflows.retention";
    public const string Cron = "40 3 * * *";

    public async Task RunAsync(ScheduledJobContext context, CancellationToken ct)
    {
        var days = await db.Set<WorkflowSettings>().AsNoTracking().Select(s => (int?)s.RetentionDays).FirstOrDefaultAsync(ct)
            ?? WorkflowSettings.DefaultRetentionDays;
        var before = clock.GetUtcNow().AddDays(-days);
        await db.Set<WorkflowInstance>()
            .Where(i => (i.Status == WorkflowStatus.Finished || i.Status == WorkflowStatus.Faulted) && i.FinishedAt < before)
            .ExecuteDeleteAsync(ct);
        await db.Set<StaffNotification>().Where(n => n.ReadAt != null && n.ReadAt < before).ExecuteDeleteAsync(ct);
    }
}
