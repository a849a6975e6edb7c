using Eboi.Core.Data;
using Eboi.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Payments.History;

/// <summary>One citizen's online payments, newest first, a page at a time; the tenant filter and RLS keep other gminy out, the payer id other people.</summary>
internal sealed class PaymentHistory(EboiDbContext db)
{
    public const int PageSize = 20;

    public sealed record Line(string Title, decimal Amount);

    public sealed record Row(string Reference, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, string Title, decimal Amount,
        decimal Commission, decimal Total, string State, IReadOnlyList<Line> Lines);

    public sealed record Page(IReadOnlyList<Row> Rows, int Number, int Pages, int Total);

    public async Task<Page> OfPayerAsync(Guid payer, int page, CancellationToken ct)
    {
        var mine = db.Set<Payment>().AsNoTracking().Where(p => p.PayerUserId == payer);
        var total = await mine.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(page, 1, pages);
        var payments = await mine.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Reference)
            .Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var ids = payments.Select(p => p.Id).ToList();
        var lines = (await db.Set<PaymentLineRow>().AsNoTracking().Where(l => ids.Contains(l.PaymentId)).OrderBy(l => l.Position).ToListAsync(ct))
            .ToLookup(l => l.PaymentId);
        var rows = payments.Select(p => new Row(p.Reference, p.CreatedAt, p.FinishedAt, p.Description, p.Amount, p.Commission, p.Total, p.State,
            lines[p.Id].Select(l => new Line(l.Title, l.Amount)).ToList())).ToList();
        return new Page(rows, number, pages, total);
    }
}
