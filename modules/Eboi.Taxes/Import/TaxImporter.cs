using Eboi.Payments;
using Eboi.Core.Data;
using Eboi.Core.Security;
using Eboi.Core.Validation;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Eboi.Taxes.Linking;
using Eboi.Taxes.Settlement;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Taxes.Import;

/// <summary>
/// The one path from the gmina's tax system into the cards (JSON API, CSV upload, recipe demo data). Idempotent by
/// external ids: a re-import updates, never duplicates, and an identical one changes nothing.
/// Atomicity is per record: every record is checked completely (its own fields, the records it points at, the
/// database) before anything of it is written, so it lands whole or not at all, with a reason; a record that points at
/// a rejected one is rejected too. The accepted records of a batch commit in one transaction, so a failure while
/// writing (e.g. a concurrent import) leaves nothing of the batch.
/// </summary>
internal sealed class TaxImporter(EboiDbContext db, InstalmentSettler settler, TaxpayerLinker linker, IOnlinePayments payments, TimeProvider clock)
{
    public const int MaxRecords = 20_000;
    private const int MaxText = 300;

    public async Task<TaxImportResult> ImportAsync(TaxImportBatch batch, CancellationToken ct)
    {
        var run = new Run(db.TenantId ?? throw new InvalidOperationException("Import needs a tenant."), clock.GetUtcNow());
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await TaxpayersAsync(run, batch.Taxpayers ?? [], ct);
            await CardsAsync(run, batch.Cards ?? [], ct);
            await DecisionsAsync(run, batch.Decisions ?? [], ct);
            await db.SaveChangesAsync(ct);
            await OperationsAsync(run, batch.Operations ?? [], ct);
            if (own is not null) await own.CommitAsync(ct);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
        return new TaxImportResult(run.Accepted, run.Rejected);
    }

    private sealed class Run(Guid tenantId, DateTimeOffset now)
    {
        public Guid TenantId { get; } = tenantId;
        public DateTimeOffset Now { get; } = now;
        public List<ImportedRecord> Accepted { get; } = [];
        public List<RejectedRecord> Rejected { get; } = [];

        /// <summary>Taxpayers and cards of this batch by external id: accepted (with their row) or rejected (null).</summary>
        public Dictionary<string, Taxpayer?> Taxpayers { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, TaxCard?> Cards { get; } = new(StringComparer.Ordinal);
    }

    // ---- taxpayers ----

    private async Task TaxpayersAsync(Run run, List<ImportTaxpayer> records, CancellationToken ct)
    {
        var dupes = Duplicates(records.Select(r => r.ExternalId));
        var ids = records.Select(r => r.ExternalId?.Trim()).OfType<string>().ToList();
        var existing = await db.Set<Taxpayer>().Where(t => ids.Contains(t.ExternalId)).ToDictionaryAsync(t => t.ExternalId, ct);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var at = $"taxpayers[{i}]";
            var id = r.ExternalId?.Trim();
            var error = CheckId(id, dupes, at)
                ?? Required(r.Name, $"{at}.name", "nazwy podatnika")
                ?? (r.Pesel is { Length: > 0 } p && !PolishIds.IsValidPesel(p.Trim()) ? E($"{at}.pesel", $"PESEL {p} jest nieprawidłowy (suma kontrolna).") : null)
                ?? (r.Nip is { Length: > 0 } n && PolishIds.NormalizeNip(n) is null ? E($"{at}.nip", $"NIP {n} jest nieprawidłowy (suma kontrolna).") : null);
            if (error is { } e)
            {
                Reject(run, ImportRecordTypes.Taxpayer, id, e);
                if (id is not null) run.Taxpayers[id] = null;
                continue;
            }
            var pesel = Blank(r.Pesel);
            var nip = r.Nip is { Length: > 0 } ? PolishIds.NormalizeNip(r.Nip) : null;
            var name = r.Name!.Trim();
            var address = Blank(r.Address);
            string outcome;
            if (existing.TryGetValue(id!, out var t))
            {
                var changed = t.Name != name || t.Pesel != pesel || t.Nip != nip || t.Address != address;
                if (changed)
                {
                    (t.Name, t.Pesel, t.Nip, t.Address, t.UpdatedAt) = (name, pesel, nip, address, run.Now);
                }
                outcome = changed ? ImportOutcomes.Changed : ImportOutcomes.Unchanged;
            }
            else
            {
                t = new Taxpayer { Id = Guid.CreateVersion7(), TenantId = run.TenantId, ExternalId = id!, Name = name, Pesel = pesel, Nip = nip, Address = address, UpdatedAt = run.Now };
                db.Add(t);
                outcome = ImportOutcomes.Added;
            }
            if (await linker.TryLinkAsync(t, run.Now, ct) && outcome == ImportOutcomes.Unchanged) outcome = ImportOutcomes.Changed;
            run.Taxpayers[id!] = t;
            run.Accepted.Add(new(ImportRecordTypes.Taxpayer, id!, outcome));
        }
    }

    // ---- cards ----

    private async Task CardsAsync(Run run, List<ImportCard> records, CancellationToken ct)
    {
        var dupes = Duplicates(records.Select(r => r.ExternalId));
        var dupeNumbers = Duplicates(records.Select(r => r.Number));
        var ids = records.Select(r => r.ExternalId?.Trim()).OfType<string>().ToList();
        var numbers = records.Select(r => r.Number?.Trim()).OfType<string>().ToList();
        var existing = await db.Set<TaxCard>().Where(c => ids.Contains(c.ExternalId)).ToDictionaryAsync(c => c.ExternalId, ct);
        var numberOwners = await db.Set<TaxCard>().Where(c => numbers.Contains(c.Number)).ToDictionaryAsync(c => c.Number, c => c.ExternalId, ct);
        var obligorIds = records.SelectMany(r => r.Obligors ?? []).Select(o => o.Trim()).Where(o => !run.Taxpayers.ContainsKey(o)).Distinct().ToList();
        var stored = await db.Set<Taxpayer>().Where(t => obligorIds.Contains(t.ExternalId)).ToDictionaryAsync(t => t.ExternalId, ct);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var at = $"cards[{i}]";
            var id = r.ExternalId?.Trim();
            var number = r.Number?.Trim();
            var kind = TaxCardKinds.FromCode(r.Kind);
            var account = NormalizeNrb(r.BankAccount);
            var error = CheckId(id, dupes, at)
                ?? Required(number, $"{at}.number", "numeru karty")
                ?? (dupeNumbers.Contains(number!) ? E($"{at}.number", $"Numer karty {number} występuje w paczce więcej niż raz.") : null)
                ?? (numberOwners.TryGetValue(number!, out var owner) && owner != id ? E($"{at}.number", $"Numer karty {number} ma już inna karta ({owner}).") : null)
                ?? (kind is null ? E($"{at}.kind", $"Nieznany rodzaj karty „{r.Kind}”; dozwolone: {string.Join(", ", Enum.GetValues<TaxCardKind>().Select(TaxCardKinds.Code))}.") : null)
                ?? (r.Year is not (>= 2000 and <= 2100) ? E($"{at}.year", "Rok karty musi być liczbą od 2000 do 2100.") : null)
                ?? (account is null ? E($"{at}.bankAccount", $"Rachunek {r.BankAccount} nie jest prawidłowym numerem NRB (26 cyfr, suma kontrolna).") : null)
                ?? CheckObligors(run, r.Obligors, stored, at)
                ?? CheckSubjects(r.Subjects, at);
            if (error is { } e)
            {
                Reject(run, ImportRecordTypes.Card, id, e);
                if (id is not null) run.Cards[id] = null;
                continue;
            }
            var obligors = r.Obligors!.Select(o => o.Trim()).Distinct(StringComparer.Ordinal)
                .Select(o => run.Taxpayers.TryGetValue(o, out var t) ? t! : stored[o]).ToList();
            string outcome;
            if (existing.TryGetValue(id!, out var card))
            {
                var changed = card.Number != number || card.Kind != kind || card.Year != r.Year || card.BankAccount != account;
                (card.Number, card.Kind, card.Year, card.BankAccount) = (number!, kind!.Value, r.Year!.Value, account!);
                changed |= await SyncObligorsAsync(run, card, obligors, ct);
                changed |= await SyncSubjectsAsync(run, card, r.Subjects ?? [], ct);
                if (changed) card.UpdatedAt = run.Now;
                outcome = changed ? ImportOutcomes.Changed : ImportOutcomes.Unchanged;
            }
            else
            {
                card = new TaxCard
                {
                    Id = Guid.CreateVersion7(), TenantId = run.TenantId, ExternalId = id!, Number = number!, Kind = kind!.Value,
                    Year = r.Year!.Value, BankAccount = account!, UpdatedAt = run.Now,
                };
                db.Add(card);
                await SyncObligorsAsync(run, card, obligors, ct);
                await SyncSubjectsAsync(run, card, r.Subjects ?? [], ct);
                outcome = ImportOutcomes.Added;
            }
            run.Cards[id!] = card;
            run.Accepted.Add(new(ImportRecordTypes.Card, id!, outcome));
        }
    }

    private static (string, string)? CheckObligors(Run run, List<string>? obligors, Dictionary<string, Taxpayer> stored, string at)
    {
        if (obligors is not { Count: > 0 }) return ($"{at}.obligors", "Karta musi mieć co najmniej jednego zobowiązanego (identyfikator podatnika).");
        for (var j = 0; j < obligors.Count; j++)
        {
            var o = obligors[j]?.Trim() ?? "";
            if (run.Taxpayers.TryGetValue(o, out var t) && t is null)
                return ($"{at}.obligors[{j}]", $"Zobowiązany {o} został w tej paczce odrzucony.");
            if (t is null && !stored.ContainsKey(o))
                return ($"{at}.obligors[{j}]", $"Nieznany podatnik {o}: nie ma go w paczce ani w kartotece.");
        }
        return null;
    }

    private static (string, string)? CheckSubjects(List<ImportSubject>? subjects, string at)
    {
        for (var j = 0; j < (subjects?.Count ?? 0); j++)
        {
            var s = subjects![j];
            var sat = $"{at}.subjects[{j}]";
            if (string.IsNullOrWhiteSpace(s.Description)) return ($"{sat}.description", "Brak opisu przedmiotu opodatkowania.");
            if (s.Description.Length > MaxText) return ($"{sat}.description", $"Opis przedmiotu może mieć najwyżej {MaxText} znaków.");
            if (s.Amount is not >= 0) return ($"{sat}.amount", "Kwota podatku od przedmiotu musi być liczbą nieujemną.");
            if (s.Area is < 0) return ($"{sat}.area", "Powierzchnia nie może być ujemna.");
            if (s.Rate is < 0) return ($"{sat}.rate", "Stawka nie może być ujemna.");
        }
        return null;
    }

    private async Task<bool> SyncObligorsAsync(Run run, TaxCard card, List<Taxpayer> obligors, CancellationToken ct)
    {
        var current = await db.Set<CardObligor>().Where(o => o.CardId == card.Id).ToListAsync(ct);
        var wanted = obligors.Select(t => t.Id).ToHashSet();
        var changed = false;
        foreach (var extra in current.Where(o => !wanted.Contains(o.TaxpayerId)))
        {
            db.Remove(extra);
            changed = true;
        }
        foreach (var missing in wanted.Where(w => current.All(o => o.TaxpayerId != w)))
        {
            db.Add(new CardObligor { Id = Guid.CreateVersion7(), TenantId = run.TenantId, CardId = card.Id, TaxpayerId = missing });
            changed = true;
        }
        return changed;
    }

    private async Task<bool> SyncSubjectsAsync(Run run, TaxCard card, List<ImportSubject> subjects, CancellationToken ct)
    {
        var current = await db.Set<TaxSubject>().Where(s => s.CardId == card.Id).OrderBy(s => s.Position).ToListAsync(ct);
        var wanted = subjects.Select((s, j) => new TaxSubject
        {
            Id = Guid.CreateVersion7(), TenantId = run.TenantId, CardId = card.Id, Position = j + 1, Description = s.Description!.Trim(),
            Area = s.Area, Unit = Blank(s.Unit), Class = Blank(s.Class), Rate = s.Rate, Amount = s.Amount!.Value,
        }).ToList();
        // Numbers compared by value: numeric columns come back with their scale (278.4100), the batch without it.
        static string N(decimal? d) => d?.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        static string Key(TaxSubject s) => $"{s.Position}|{s.Description}|{N(s.Area)}|{s.Unit}|{s.Class}|{N(s.Rate)}|{N(s.Amount)}";
        if (current.Select(Key).SequenceEqual(wanted.Select(Key))) return false;
        db.RemoveRange(current);
        db.AddRange(wanted);
        return true;
    }

    // ---- decisions ----

    private async Task DecisionsAsync(Run run, List<ImportDecision> records, CancellationToken ct)
    {
        var dupes = Duplicates(records.Select(r => r.ExternalId));
        var ids = records.Select(r => r.ExternalId?.Trim()).OfType<string>().ToList();
        var existing = await db.Set<TaxDecision>().Where(d => ids.Contains(d.ExternalId)).ToDictionaryAsync(d => d.ExternalId, ct);
        var cards = await StoredCardsAsync(run, records.Select(r => r.Card), ct);
        var decisionIds = existing.Values.Select(d => d.Id).ToList();
        var instalments = (await db.Set<Instalment>().Where(i => decisionIds.Contains(i.DecisionId)).ToListAsync(ct)).ToLookup(i => i.DecisionId);
        var allInstalmentIds = instalments.SelectMany(g => g).Select(i => i.Id).ToList();
        var withPayments = (await db.Set<OperationAllocation>().Where(a => allInstalmentIds.Contains(a.InstalmentId)).Select(a => a.InstalmentId).Distinct().ToListAsync(ct)).ToHashSet();
        // One being paid online right now is kept too: its PaymentSucceeded would find no instalment to settle.
        var inFlight = await payments.InFlightAsync(TaxesModule.ModuleName, allInstalmentIds.Select(InstalmentRefs.For).ToList(), ct);
        withPayments.UnionWith(inFlight.Select(p => InstalmentRefs.Parse(p.ItemRef)).OfType<Guid>());
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var at = $"decisions[{i}]";
            var id = r.ExternalId?.Trim();
            var card = CardOf(run, cards, r.Card);
            existing.TryGetValue(id ?? "", out var decision);
            var error = CheckId(id, dupes, at)
                ?? CheckCard(run, cards, r.Card, $"{at}.card")
                ?? (decision is not null && decision.CardId != card!.Id ? E($"{at}.card", $"Decyzja {id} należy do innej karty; decyzji nie przenosi się między kartami.") : null)
                ?? Required(r.Number, $"{at}.number", "numeru decyzji")
                ?? (r.IssuedOn is null ? E($"{at}.issuedOn", "Brak daty wydania decyzji.") : null)
                ?? (r.Year is { } y && y is < 2000 or > 2100 ? E($"{at}.year", "Rok musi być liczbą od 2000 do 2100.") : null)
                ?? CheckInstalments(r.Instalments, at)
                ?? (decision is null ? null : CheckRemovals(decision, instalments[decision.Id], r.Instalments!, withPayments, at));
            if (error is { } e)
            {
                Reject(run, ImportRecordTypes.Decision, id, e);
                continue;
            }
            var year = r.Year ?? card!.Year;
            var label = TaxCardKinds.Label(card!.Kind);
            var wanted = r.Instalments!.Select(n => new
            {
                Number = n.Number!.Value, Statutory = n.DueDate!.Value, Due = Instalment.ShiftDueDate(n.DueDate!.Value), Amount = n.Amount!.Value,
                Title = Blank(n.Title) ?? $"{label} {year}",
            }).ToList();
            string outcome;
            if (decision is null)
            {
                decision = new TaxDecision { Id = Guid.CreateVersion7(), TenantId = run.TenantId, CardId = card.Id, ExternalId = id!, Number = r.Number!.Trim(), IssuedOn = r.IssuedOn!.Value };
                db.Add(decision);
                outcome = ImportOutcomes.Added;
            }
            else
            {
                var changed = decision.Number != r.Number!.Trim() || decision.IssuedOn != r.IssuedOn;
                (decision.Number, decision.IssuedOn) = (r.Number!.Trim(), r.IssuedOn!.Value);
                outcome = changed ? ImportOutcomes.Changed : ImportOutcomes.Unchanged;
            }
            var current = instalments[decision.Id].ToDictionary(x => x.Number);
            var instalmentsChanged = false;
            foreach (var w in wanted)
            {
                if (current.Remove(w.Number, out var have))
                {
                    if (have.StatutoryDueDate == w.Statutory && have.DueDate == w.Due && have.Amount == w.Amount && have.Title == w.Title && have.Year == year) continue;
                    (have.StatutoryDueDate, have.DueDate, have.Amount, have.Title, have.Year) = (w.Statutory, w.Due, w.Amount, w.Title, year);
                }
                else
                {
                    db.Add(new Instalment
                    {
                        Id = Guid.CreateVersion7(), TenantId = run.TenantId, CardId = card.Id, DecisionId = decision.Id, Title = w.Title, Year = year,
                        Number = w.Number, StatutoryDueDate = w.Statutory, DueDate = w.Due, Amount = w.Amount,
                    });
                }
                instalmentsChanged = true;
            }
            foreach (var gone in current.Values)
            {
                db.Remove(gone);
                instalmentsChanged = true;
            }
            if (instalmentsChanged && outcome == ImportOutcomes.Unchanged) outcome = ImportOutcomes.Changed;
            run.Accepted.Add(new(ImportRecordTypes.Decision, id!, outcome));
        }
    }

    private static (string, string)? CheckInstalments(List<ImportInstalment>? instalments, string at)
    {
        if (instalments is not { Count: > 0 }) return ($"{at}.instalments", "Decyzja musi mieć co najmniej jedną ratę.");
        var seen = new HashSet<int>();
        for (var j = 0; j < instalments.Count; j++)
        {
            var n = instalments[j];
            var iat = $"{at}.instalments[{j}]";
            if (n.Number is not > 0) return ($"{iat}.number", "Numer raty musi być liczbą dodatnią.");
            if (!seen.Add(n.Number.Value)) return ($"{iat}.number", $"Rata {n.Number} występuje w decyzji więcej niż raz.");
            if (n.DueDate is null) return ($"{iat}.dueDate", $"Brak terminu płatności raty {n.Number}.");
            if (n.Amount is not >= 0) return ($"{iat}.amount", $"Kwota raty {n.Number} musi być liczbą nieujemną.");
            if (decimal.Round(n.Amount.Value, 2) != n.Amount.Value) return ($"{iat}.amount", $"Kwota raty {n.Number} może mieć najwyżej 2 miejsca po przecinku.");
        }
        return null;
    }

    private static (string, string)? CheckRemovals(TaxDecision decision, IEnumerable<Instalment> current, List<ImportInstalment> wanted, HashSet<Guid> withPayments, string at)
    {
        var kept = wanted.Select(w => w.Number).ToHashSet();
        var paid = current.FirstOrDefault(c => !kept.Contains(c.Number) && withPayments.Contains(c.Id));
        return paid is null ? null : ($"{at}.instalments", $"Rata {paid.Number} decyzji {decision.ExternalId} ma zaksięgowane wpłaty albo płatność online w toku; nie można jej usunąć.");
    }

    // ---- operations ----

    private async Task OperationsAsync(Run run, List<ImportOperation> records, CancellationToken ct)
    {
        var dupes = Duplicates(records.Select(r => r.ExternalId));
        var ids = records.Select(r => r.ExternalId?.Trim()).OfType<string>().ToList();
        var existing = await db.Set<TaxOperation>().AsNoTracking().Where(o => ids.Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, ct);
        var cards = await StoredCardsAsync(run, records.Select(r => r.Card), ct);
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var at = $"operations[{i}]";
            var id = r.ExternalId?.Trim();
            var card = CardOf(run, cards, r.Card);
            existing.TryGetValue(id ?? "", out var have);
            var title = Blank(r.Title) ?? "Wpłata";
            var error = CheckId(id, dupes, at)
                ?? CheckCard(run, cards, r.Card, $"{at}.card")
                ?? (r.Date is null ? E($"{at}.date", "Brak daty operacji.") : null)
                ?? (r.Amount is not > 0 ? E($"{at}.amount", "Kwota operacji musi być dodatnia.") : null)
                ?? (decimal.Round(r.Amount!.Value, 2) != r.Amount ? E($"{at}.amount", "Kwota może mieć najwyżej 2 miejsca po przecinku.") : null)
                ?? (title.Length > MaxText ? E($"{at}.title", $"Tytuł może mieć najwyżej {MaxText} znaków.") : null)
                ?? (have is not null && (have.CardId != card!.Id || have.Amount != r.Amount || have.Date != r.Date)
                    ? E($"{at}.externalId", $"Operacja {id} jest już zaksięgowana z inną kartą, datą lub kwotą; zaksięgowanej operacji się nie zmienia.") : null);
            if (error is { } e)
            {
                Reject(run, ImportRecordTypes.Operation, id, e);
                continue;
            }
            if (have is not null)
            {
                run.Accepted.Add(new(ImportRecordTypes.Operation, id!, ImportOutcomes.Unchanged));
                continue;
            }
            var operation = new TaxOperation
            {
                Id = Guid.CreateVersion7(), TenantId = run.TenantId, CardId = card!.Id, ExternalId = id!, Date = r.Date!.Value,
                Amount = r.Amount!.Value, Title = title, Source = OperationSources.Import, RecordedAt = run.Now,
            };
            await settler.SettleAsync(operation, [], ct);
            // Saved one by one: the settler reads earlier allocations from the database.
            await db.SaveChangesAsync(ct);
            run.Accepted.Add(new(ImportRecordTypes.Operation, id!, ImportOutcomes.Added));
        }
    }

    // ---- shared ----

    private async Task<Dictionary<string, TaxCard>> StoredCardsAsync(Run run, IEnumerable<string?> refs, CancellationToken ct)
    {
        var ids = refs.Select(r => r?.Trim()).OfType<string>().Where(r => !run.Cards.ContainsKey(r)).Distinct().ToList();
        return await db.Set<TaxCard>().Where(c => ids.Contains(c.ExternalId)).ToDictionaryAsync(c => c.ExternalId, ct);
    }

    private static TaxCard? CardOf(Run run, Dictionary<string, TaxCard> stored, string? reference)
    {
        var id = reference?.Trim() ?? "";
        return run.Cards.TryGetValue(id, out var c) ? c : stored.GetValueOrDefault(id);
    }

    private static (string, string)? CheckCard(Run run, Dictionary<string, TaxCard> stored, string? reference, string field)
    {
        var id = reference?.Trim();
        if (string.IsNullOrEmpty(id)) return (field, "Brak identyfikatora karty.");
        if (run.Cards.TryGetValue(id, out var c) && c is null) return (field, $"Karta {id} została w tej paczce odrzucona.");
        return c is null && !stored.ContainsKey(id) ? (field, $"Nieznana karta {id}: nie ma jej w paczce ani w kartotece.") : null;
    }

    private static (string, string)? CheckId(string? id, HashSet<string> dupes, string at) =>
        string.IsNullOrEmpty(id) ? E($"{at}.externalId", "Brak identyfikatora z systemu podatkowego (externalId).")
        : id.Length > 100 ? E($"{at}.externalId", "Identyfikator może mieć najwyżej 100 znaków.")
        : dupes.Contains(id) ? E($"{at}.externalId", $"Identyfikator {id} występuje w paczce więcej niż raz; odrzucono wszystkie jego wystąpienia.")
        : null;

    private static (string, string)? Required(string? value, string field, string what) =>
        string.IsNullOrWhiteSpace(value) ? (field, $"Brak {what}.")
        : value.Trim().Length > MaxText ? (field, $"Pole może mieć najwyżej {MaxText} znaków.")
        : null;

    private static void Reject(Run run, string type, string? id, (string Field, string Reason) error) =>
        run.Rejected.Add(new(type, string.IsNullOrEmpty(id) ? null : id, error.Field, id is { Length: > 0 } ? $"{TypeLabel(type)} {id}: {error.Reason}" : error.Reason));

    private static string TypeLabel(string type) => type switch
    {
        ImportRecordTypes.Taxpayer => "Podatnik",
        ImportRecordTypes.Card => "Karta",
        ImportRecordTypes.Decision => "Decyzja",
        _ => "Operacja",
    };

    private static HashSet<string> Duplicates(IEnumerable<string?> ids) =>
        ids.Select(i => i?.Trim()).OfType<string>().Where(i => i.Length > 0).GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    private static (string, string)? E(string field, string reason) => (field, reason);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The 26 digits of a valid NRB (spaces and a PL prefix allowed), or null.</summary>
    public static string? NormalizeNrb(string? s)
    {
        if (!PolishIds.IsValidNrb(s)) return null;
        var n = new string(s!.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        return n.StartsWith("PL", StringComparison.Ordinal) ? n[2..] : n;
    }
}
