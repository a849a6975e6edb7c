using System.Security.Claims;
using Eboi.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Core.Audit;

/// <summary>
/// Records audit events of the current tenant. <see cref="Add"/> stages the entry with the caller's change (one
/// transaction); <see cref="RecordAsync"/> saves it at once (e.g. a failed login, where nothing else is written).
/// </summary>
public sealed class AuditLog(EboiDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public const int PageSize = 100;

    public void Add(AuditEvent @event, string subject, string? details = null)
    {
        var user = http.HttpContext?.User;
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Event = @event.Name,
            ActorId = Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
            Actor = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.Name) : null,
            Subject = subject.Length > 300 ? subject[..300] : subject,
            Details = details,
            Ip = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    public async Task RecordAsync(AuditEvent @event, string subject, string? details = null, CancellationToken ct = default)
    {
        Add(@event, subject, details);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The newest entries matching the filters (staff panel).</summary>
    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(string? @event, DateOnly? from, DateOnly? to, string? text, CancellationToken ct = default)
    {
        var q = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrEmpty(@event)) q = q.Where(a => a.Event == @event);
        if (from is { } f) q = q.Where(a => a.At >= new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        if (to is { } t) q = q.Where(a => a.At < new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = $"%{text.Trim().Replace("%", "").Replace("_", "")}%";
            q = q.Where(a => EF.Functions.ILike(a.Subject, term) || EF.Functions.ILike(a.Actor!, term) || EF.Functions.ILike(a.Details!, term));
        }
        return await q.OrderByDescending(a => a.Id).Take(PageSize).ToListAsync(ct);
    }
}
