using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Payments.Admin;

/// <summary>
/// The staff panel's reads of payments: the filtered list, one payment with its lines and notification journal, and the
/// rows of the CSV export. Each read is audited (who looked, with what filter, at whose payment) before it is returned.
/// </summary>
internal sealed class PaymentDesk(EboiDbContext db, ICitizenDirectory citizens, AuditLog audit)
{
    public const int PageSize = 50;

    /// <summary>More rows than an export gives; the page says to narrow the filter.</summary>
    public const int ExportMax = 50_000;

    private const int NameMatchesMax = 200;

    public sealed record Row(string Reference, DateTimeOffset CreatedAt, string Source, string PayerEmail, string Title, decimal Amount,
        decimal Commission, decimal Total, string State);

    public sealed record ListPage(IReadOnlyList<Row> Rows, int Number, int Pages, int Total);

    public sealed record Line(int Position, string ItemRef, string Title, decimal Amount);

    public sealed record Notification(DateTimeOffset ReceivedAt, string Verdict, string? Detail);

    public sealed record Detail(Payment Payment, string? PayerName, IReadOnlyList<Line> Lines, IReadOnlyList<Notification> Journal);

    public async Task<ListPage> ListAsync(PaymentFilter filter, CancellationToken ct)
    {
        var q = await QueryAsync(filter, ct);
        var total = await q.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(filter.Page, 1, pages);
        var rows = await Project(q.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Reference).Skip((number - 1) * PageSize).Take(PageSize))
            .ToListAsync(ct);
        await audit.RecordAsync(PaymentsAuditEvents.ListViewed, "lista płatności", $"{filter.Describe()}; wyników: {total}", ct);
        return new ListPage(rows, number, pages, total);
    }

    /// <summary>The payment by its reference ("P/2026/000123"), or null; audited with the payer's address.</summary>
    public async Task<Detail?> FindAsync(string reference, CancellationToken ct)
    {
        var payment = await db.Set<Payment>().AsNoTracking().SingleOrDefaultAsync(p => p.Reference == reference, ct);
        if (payment is null) return null;
        var lines = await db.Set<PaymentLineRow>().AsNoTracking().Where(l => l.PaymentId == payment.Id).OrderBy(l => l.Position)
            .Select(l => new Line(l.Position, l.ItemRef, l.Title, l.Amount)).ToListAsync(ct);
        // Verdicts and details only: the raw body is the gateway's (with its signature) and stays in the database.
        var journal = await db.Set<PaymentNotification>().AsNoTracking().Where(n => n.PaymentId == payment.Id).OrderBy(n => n.ReceivedAt)
            .Select(n => new Notification(n.ReceivedAt, n.Verdict, n.Detail)).ToListAsync(ct);
        var payer = await citizens.FindAsync(payment.PayerUserId, ct);
        await audit.RecordAsync(PaymentsAuditEvents.Viewed, payment.Reference, $"płatnik: {payment.PayerEmail}", ct);
        return new Detail(payment, payer?.DisplayName, lines, journal);
    }

    /// <summary>Every payment the filter matches (up to <see cref="ExportMax"/>) with its lines, newest first; audited with the count.</summary>
    public async Task<IReadOnlyList<PaymentCsv.Entry>> ExportAsync(PaymentFilter filter, CancellationToken ct)
    {
        var payments = await (await QueryAsync(filter, ct)).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Reference)
            .Take(ExportMax).ToListAsync(ct);
        var ids = payments.Select(p => p.Id).ToList();
        var lines = (await db.Set<PaymentLineRow>().AsNoTracking().Where(l => ids.Contains(l.PaymentId)).OrderBy(l => l.Position).ToListAsync(ct))
            .ToLookup(l => l.PaymentId);
        await audit.RecordAsync(PaymentsAuditEvents.Exported, "eksport płatności (CSV)", $"{filter.Describe()}; wierszy: {payments.Count}", ct);
        return payments.Select(p => new PaymentCsv.Entry(p.Reference, p.CreatedAt, p.FinishedAt, p.State, p.Source, p.PayerEmail, p.Description,
            p.Amount, p.Commission, p.Total, lines[p.Id].Select(l => (l.Title, l.Amount)).ToList())).ToList();
    }

    /// <summary>The sources payments came from (for the filter's list).</summary>
    public async Task<IReadOnlyList<string>> SourcesAsync(CancellationToken ct) =>
        await db.Set<Payment>().AsNoTracking().Select(p => p.Source).Distinct().OrderBy(s => s).ToListAsync(ct);

    private async Task<IQueryable<Payment>> QueryAsync(PaymentFilter filter, CancellationToken ct)
    {
        var q = db.Set<Payment>().AsNoTracking();
        if (filter.State is { } state) q = q.Where(p => p.State == state);
        if (filter.Source is { } source) q = q.Where(p => p.Source == source);
        if (filter.FromInstant is { } from) q = q.Where(p => p.CreatedAt >= from);
        if (filter.ToInstantExclusive is { } to) q = q.Where(p => p.CreatedAt < to);
        if (filter.Text is { } text)
        {
            // The payer's name lives in Users: ask the directory which accounts match, then match their ids here.
            var named = (await citizens.SearchAsync(text, NameMatchesMax, ct)).Select(c => c.UserId).ToList();
            var term = $"%{text.Replace("\\", "").Replace("%", "").Replace("_", "")}%";
            q = q.Where(p => EF.Functions.ILike(p.Reference, term) || EF.Functions.ILike(p.PayerEmail, term)
                || EF.Functions.ILike(p.Description, term) || named.Contains(p.PayerUserId));
        }
        return q;
    }

    private static IQueryable<Row> Project(IQueryable<Payment> q) =>
        q.Select(p => new Row(p.Reference, p.CreatedAt, p.Source, p.PayerEmail, p.Description, p.Amount, p.Commission, p.Total, p.State));
}
