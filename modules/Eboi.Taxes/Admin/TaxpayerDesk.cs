using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Core.Text;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Taxes.Admin;

/// <summary>
/// The staff side of taxpayers: search, one taxpayer with their cards and balances (each opening recorded in the
/// audit log: who looked at whose tax data, when), and linking to a verified citizen account by hand or unlinking.
/// </summary>
internal sealed class TaxpayerDesk(EboiDbContext db, CardLedger ledger, ICitizenDirectory citizens, IStaffDirectory staff, AuditLog audit, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Taxpayers matching a name, external id, PESEL, NIP or card number; the search and its size are audited (names and masked numbers are tax data too).</summary>
    public async Task<IReadOnlyList<TaxpayerRow>> SearchAsync(string? query, bool? linked, CancellationToken ct)
    {
        var q = db.Set<Taxpayer>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var text = query.Trim();
            var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            q = q.Where(t => EF.Functions.ILike(t.Name, pattern) || t.ExternalId == text || t.Pesel == text || t.Nip == text
                || db.Set<CardObligor>().Any(o => o.TaxpayerId == t.Id && db.Set<TaxCard>().Any(c => c.Id == o.CardId && c.Number == text)));
        }
        if (linked is { } l) q = l ? q.Where(t => t.UserId != null) : q.Where(t => t.UserId == null);
        var rows = await q.OrderBy(t => t.Name).ThenBy(t => t.ExternalId).Take(PageSize)
            .Select(t => new { t.Id, t.Name, t.ExternalId, t.Pesel, t.Nip, t.UserId, Cards = db.Set<CardObligor>().Count(o => o.TaxpayerId == t.Id) })
            .ToListAsync(ct);
        var filter = linked switch { true => "połączeni z kontem", false => "bez konta", null => "wszyscy" };
        await audit.RecordAsync(TaxesAuditEvents.TaxpayersSearched, "lista podatników",
            $"{(string.IsNullOrWhiteSpace(query) ? "bez frazy" : $"fraza „{query.Trim()}”")}, {filter}; wyników: {rows.Count}", ct);
        return rows.Select(t => new TaxpayerRow(t.Id, t.Name, t.ExternalId, Mask(t.Pesel ?? t.Nip), t.Pesel is not null ? "PESEL" : t.Nip is not null ? "NIP" : null, t.UserId is not null, t.Cards)).ToList();
    }

    /// <summary>The taxpayer with cards and balances, recording the view in the audit log; null when unknown.</summary>
    public async Task<TaxpayerFile?> OpenAsync(Guid id, CancellationToken ct)
    {
        var taxpayer = await db.Set<Taxpayer>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (taxpayer is null) return null;
        var today = PolishTime.DateOf(clock.GetUtcNow());
        var cards = await db.Set<TaxCard>().AsNoTracking()
            .Where(c => db.Set<CardObligor>().Any(o => o.CardId == c.Id && o.TaxpayerId == id)).OrderBy(c => c.Kind).ThenBy(c => c.Number).ToListAsync(ct);
        var cardIds = cards.Select(c => c.Id).ToList();
        var coObligors = await db.Set<CardObligor>().AsNoTracking().Where(o => cardIds.Contains(o.CardId) && o.TaxpayerId != id)
            .Join(db.Set<Taxpayer>(), o => o.TaxpayerId, t => t.Id, (o, t) => new { o.CardId, t.Name }).ToListAsync(ct);
        var linesByCard = await ledger.LinesByCardAsync(cardIds, today, ct);
        var summaries = new List<CardSummary>();
        foreach (var card in cards)
        {
            var lines = linesByCard[card.Id];
            summaries.Add(new CardSummary(card.Number, TaxCardKinds.Label(card.Kind), card.Year, card.BankAccount,
                lines.Sum(l => l.Amount), lines.Sum(l => l.Outstanding), lines.Sum(l => l.Interest),
                lines.Count(l => !l.IsPaid && l.DueDate < today), coObligors.Where(o => o.CardId == card.Id).Select(o => o.Name).ToList()));
        }
        var citizen = taxpayer.UserId is { } userId ? await citizens.FindAsync(userId, ct) : null;
        await audit.RecordAsync(TaxesAuditEvents.TaxpayerViewed, Subject(taxpayer), $"karty: {cards.Count}", ct);
        return new TaxpayerFile(taxpayer.Id, taxpayer.Name, taxpayer.ExternalId, Mask(taxpayer.Pesel), Mask(taxpayer.Nip), taxpayer.Address,
            taxpayer.UserId, citizen, LinkLabel(taxpayer.LinkedBy), taxpayer.LinkedAt, summaries);
    }

    /// <summary>Verified accounts matching <paramref name="text"/>, for the manual link form.</summary>
    public async Task<IReadOnlyList<CitizenIdentity>> CandidatesAsync(string text, CancellationToken ct) =>
        (await citizens.SearchAsync(text, 20, ct)).Where(c => c.IsVerified).ToList();

    /// <summary>Links the taxpayer to a verified account (audited); the error when it cannot.</summary>
    /// <param name="actingUserId">The staff member linking: never to their own or another staff account, which would read tax data unaudited.</param>
    public async Task<string?> LinkAsync(Guid taxpayerId, Guid userId, Guid actingUserId, CancellationToken ct)
    {
        var taxpayer = await db.Set<Taxpayer>().SingleOrDefaultAsync(t => t.Id == taxpayerId, ct);
        if (taxpayer is null) return "Nie ma takiego podatnika.";
        if (userId == actingUserId || await staff.FindAsync(userId, ct) is not null)
            return "Nie można połączyć podatnika z kontem pracownika urzędu. Wybierz konto mieszkańca.";
        var citizen = await citizens.FindAsync(userId, ct);
        if (citizen is not { IsVerified: true }) return "Można połączyć tylko ze zweryfikowanym, niezablokowanym kontem mieszkańca.";
        if (taxpayer.UserId == userId) return null;
        (taxpayer.UserId, taxpayer.LinkedBy, taxpayer.LinkedAt) = (userId, TaxpayerLink.Staff, clock.GetUtcNow());
        audit.Add(TaxesAuditEvents.TaxpayerLinked, Subject(taxpayer), $"konto: {citizen.DisplayName} <{citizen.Email}>");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Unlinks the taxpayer from its account (audited). The account's own PESEL/NIP would link it again on the citizen's next visit, so staff unlink only accounts that are not the taxpayer's.</summary>
    /// <returns>Null when there is no such taxpayer; false when it was not linked.</returns>
    public async Task<bool?> UnlinkAsync(Guid taxpayerId, CancellationToken ct)
    {
        var taxpayer = await db.Set<Taxpayer>().SingleOrDefaultAsync(t => t.Id == taxpayerId, ct);
        if (taxpayer is null) return null;
        if (taxpayer.UserId is not { } userId) return false;
        (taxpayer.UserId, taxpayer.LinkedBy, taxpayer.LinkedAt) = (null, null, null);
        audit.Add(TaxesAuditEvents.TaxpayerUnlinked, Subject(taxpayer), $"konto: {userId:N}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string Subject(Taxpayer t) => $"{t.Name} ({t.ExternalId})";

    /// <summary>Shows only the last 4 digits of a PESEL or NIP.</summary>
    public static string? Mask(string? id) => id is null ? null : id.Length <= 4 ? id : new string('•', id.Length - 4) + id[^4..];

    private static string? LinkLabel(string? by) => by switch
    {
        TaxpayerLink.Pesel => "automatycznie po numerze PESEL",
        TaxpayerLink.Nip => "automatycznie po numerze NIP",
        TaxpayerLink.Staff => "ręcznie przez pracownika",
        _ => null,
    };
}

/// <summary>A row of the taxpayer list: identity number masked.</summary>
internal sealed record TaxpayerRow(Guid Id, string Name, string ExternalId, string? MaskedId, string? IdKind, bool Linked, int Cards);

/// <summary>A taxpayer's page: masked identity, linked account, cards with balances.</summary>
internal sealed record TaxpayerFile(
    Guid Id, string Name, string ExternalId, string? MaskedPesel, string? MaskedNip, string? Address,
    Guid? UserId, CitizenIdentity? Citizen, string? LinkedBy, DateTimeOffset? LinkedAt, IReadOnlyList<CardSummary> Cards);

/// <summary>One card on the taxpayer's page: what was due, what is left, interest as of today, overdue instalments, co-obligors.</summary>
internal sealed record CardSummary(
    string Number, string Kind, int Year, string BankAccount, decimal Due, decimal Outstanding, decimal Interest, int Overdue, IReadOnlyList<string> CoObligors)
{
    public decimal ToPay => Outstanding + Interest;
}
