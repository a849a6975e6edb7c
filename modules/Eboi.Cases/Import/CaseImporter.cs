using System.Security.Cryptography;
using Eboi.Cases.Citizen;
using Eboi.Cases.Domain;
using Eboi.Cases.Events;
using Eboi.Core.Data;
using Eboi.Core.Files;
using Eboi.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Import;

/// <summary>
/// The one path from an EZD into the cases (JSON API and the recipes' demo data). Idempotent by external ids: a replay
/// updates, never duplicates, and an identical one changes nothing. Each record is checked completely (its fields, the
/// case it points at, its files) and then written in a transaction of its own, so it lands whole or not at all, with a
/// Polish reason when rejected; a document of a case rejected in the same batch is rejected too.
/// </summary>
internal sealed class CaseImporter(EboiDbContext db, IFileStore files, PartyLinker linker, CaseNotifications notifications, TimeProvider clock)
{
    public const int MaxRecords = 2_000;
    public const int MaxFilesPerDocument = 20;
    private const int MaxText = 500;
    private const int MaxId = 100;

    /// <param name="notify">False for demo data: no e-mails to demo citizens about documents they never got.</param>
    public async Task<CaseImportResult> ImportAsync(CaseImportBatch batch, bool notify, CancellationToken ct)
    {
        var run = new Run(db.TenantId ?? throw new InvalidOperationException("Import needs a tenant."), clock.GetUtcNow(), notify);
        var cases = batch.Cases ?? [];
        var caseDupes = Duplicates(cases.Select(c => c.ExternalId));
        var signDupes = Duplicates(cases.Select(c => c.Sign));
        for (var i = 0; i < cases.Count; i++)
            await OneAsync(run, ImportRecordTypes.Case, cases[i].ExternalId, c => CaseAsync(run, cases[i], $"cases[{i}]", caseDupes, signDupes, c), ct);
        var documents = batch.Documents ?? [];
        var docDupes = Duplicates(documents.Select(d => d.ExternalId));
        for (var i = 0; i < documents.Count; i++)
            await OneAsync(run, ImportRecordTypes.Document, documents[i].ExternalId, c => DocumentAsync(run, documents[i], $"documents[{i}]", docDupes, c), ct);
        return new CaseImportResult(run.Accepted, run.Rejected);
    }

    private sealed class Run(Guid tenantId, DateTimeOffset now, bool notify)
    {
        public Guid TenantId { get; } = tenantId;
        public DateTimeOffset Now { get; } = now;
        public bool Notify { get; } = notify;
        public List<ImportedRecord> Accepted { get; } = [];
        public List<RejectedRecord> Rejected { get; } = [];

        /// <summary>External ids of the cases this batch rejected.</summary>
        public HashSet<string> RejectedCases { get; } = new(StringComparer.Ordinal);

        /// <summary>Files the current record stored (removed again if it does not commit) and those it replaced (removed once it does).</summary>
        public List<string> WrittenKeys { get; } = [];
        public List<string> ReplacedKeys { get; } = [];
    }

    /// <summary>One record in its own transaction (a savepoint when the caller has one, e.g. a recipe): whole or nothing.</summary>
    private async Task OneAsync(Run run, string type, string? externalId, Func<CancellationToken, Task<Outcome>> work, CancellationToken ct)
    {
        var outer = db.Database.CurrentTransaction;
        var own = outer is null ? await db.Database.BeginTransactionAsync(ct) : null;
        const string savepoint = "case_record";
        if (outer is not null) await outer.CreateSavepointAsync(savepoint, ct);
        run.WrittenKeys.Clear();
        run.ReplacedKeys.Clear();
        var committed = false;
        try
        {
            var outcome = await work(ct);
            if (outcome.Error is { } e)
            {
                run.Rejected.Add(new(type, externalId?.Trim(), e.Field, e.Reason));
                if (type == ImportRecordTypes.Case && externalId is not null) run.RejectedCases.Add(externalId.Trim());
                db.ChangeTracker.Clear();
                if (own is not null) await own.RollbackAsync(ct);
                else await outer!.RollbackToSavepointAsync(savepoint, ct);
                return;
            }
            await db.SaveChangesAsync(ct);
            if (own is not null) await own.CommitAsync(ct);
            else await outer!.ReleaseSavepointAsync(savepoint, ct);
            committed = true;
            run.Accepted.Add(new(type, externalId!.Trim(), outcome.Result!));
        }
        catch (DbUpdateException)
        {
            // A concurrent writer took the same znak or external id: this record is rejected, the batch goes on.
            db.ChangeTracker.Clear();
            if (own is not null) await own.RollbackAsync(ct);
            else await outer!.RollbackToSavepointAsync(savepoint, ct);
            run.Rejected.Add(new(type, externalId?.Trim(), "externalId", "Zapis nie powiódł się, bo ten sam rekord zapisywano równocześnie; wyślij go ponownie."));
            if (type == ImportRecordTypes.Case && externalId is not null) run.RejectedCases.Add(externalId.Trim());
        }
        finally
        {
            // Each API record starts from a clean tracker; inside a recipe the caller's other work stays tracked.
            if (own is not null)
            {
                await own.DisposeAsync();
                db.ChangeTracker.Clear();
            }
            // Files follow their rows: a record that did not commit leaves no file behind, and one that replaced files
            // removes the old ones, but only once its own transaction committed (inside a recipe's, they stay).
            var orphans = committed ? (own is not null ? run.ReplacedKeys : []) : run.WrittenKeys;
            foreach (var key in orphans) await files.DeleteAsync(run.TenantId, key, CancellationToken.None);
        }
    }

    private sealed record Outcome(string? Result, (string Field, string Reason)? Error)
    {
        public static Outcome Of(string result) => new(result, null);
        public static Outcome Fail(string field, string reason) => new(null, (field, reason));
    }

    // ---- cases ----

    private async Task<Outcome> CaseAsync(Run run, ImportCase r, string at, HashSet<string> dupes, HashSet<string> signDupes, CancellationToken ct)
    {
        var id = r.ExternalId?.Trim();
        if (Id(id, dupes, at) is { } idError) return idError;
        var sign = CaseSign.TryParse(r.Sign);
        if (sign is null)
            return Outcome.Fail($"{at}.sign", $"Sprawa {id}: „{r.Sign}” nie jest znakiem sprawy (jednostka.JRWA[.podteczka].numer.rok[.inicjały], np. ON.I.301.1.2026).");
        var signText = sign.ToString();
        if (signDupes.Contains(r.Sign!.Trim())) return Outcome.Fail($"{at}.sign", $"Sprawa {id}: znak {signText} występuje w paczce więcej niż raz.");
        if (Text(r.Title, $"{at}.title", $"Sprawa {id}: tytuł") is { } titleError) return titleError;
        var status = r.Status?.Trim() ?? CaseStatuses.Open;
        if (!CaseStatuses.All.Contains(status))
            return Outcome.Fail($"{at}.status", $"Sprawa {id}: nieznany stan „{r.Status}”; dozwolone: {string.Join(", ", CaseStatuses.All)}.");
        if (r.StartedOn is null) return Outcome.Fail($"{at}.startedOn", $"Sprawa {id}: brak daty wszczęcia.");
        if (r.ClosedOn < r.StartedOn) return Outcome.Fail($"{at}.closedOn", $"Sprawa {id}: data zakończenia jest wcześniejsza niż data wszczęcia.");
        if (r.JrwaName is { Length: > MaxText }) return Outcome.Fail($"{at}.jrwaName", $"Sprawa {id}: nazwa klasy JRWA może mieć najwyżej {MaxText} znaków.");
        if (r.Officer is { } o)
        {
            if (Text(o.Name, $"{at}.officer.name", $"Sprawa {id}: imię i nazwisko prowadzącego") is { } e) return e;
            if (o.Email is { Length: > 0 } mail && !EmailAddresses.IsValid(mail.Trim()))
                return Outcome.Fail($"{at}.officer.email", $"Sprawa {id}: „{mail}” nie jest adresem e-mail prowadzącego.");
            if (o.Department is { Length: > MaxText } || o.Phone is { Length: > 50 })
                return Outcome.Fail($"{at}.officer", $"Sprawa {id}: za długa nazwa komórki albo numer telefonu prowadzącego.");
        }
        if (r.Parties is not { Count: > 0 }) return Outcome.Fail($"{at}.parties", $"Sprawa {id}: musi mieć co najmniej jedną stronę.");
        for (var j = 0; j < r.Parties.Count; j++)
        {
            var p = r.Parties[j];
            var pat = $"{at}.parties[{j}]";
            if (Text(p.Name, $"{pat}.name", $"Sprawa {id}: nazwa strony") is { } e) return e;
            if (p.Pesel is { Length: > 0 } pesel && !PolishIds.IsValidPesel(pesel.Trim()))
                return Outcome.Fail($"{pat}.pesel", $"Sprawa {id}: PESEL {pesel} strony jest nieprawidłowy (suma kontrolna).");
            if (p.Nip is { Length: > 0 } nip && PolishIds.NormalizeNip(nip) is null)
                return Outcome.Fail($"{pat}.nip", $"Sprawa {id}: NIP {nip} strony jest nieprawidłowy (suma kontrolna).");
        }
        var stages = r.Stages ?? [];
        for (var j = 0; j < stages.Count; j++)
        {
            if (Text(stages[j].Name, $"{at}.stages[{j}].name", $"Sprawa {id}: nazwa etapu") is { } e) return e;
            if (stages[j].Date is null) return Outcome.Fail($"{at}.stages[{j}].date", $"Sprawa {id}: brak daty etapu „{stages[j].Name}”.");
            if (stages[j].Note is { Length: > 2000 }) return Outcome.Fail($"{at}.stages[{j}].note", $"Sprawa {id}: uwaga do etapu może mieć najwyżej 2000 znaków.");
        }
        var holder = await db.Set<Case>().AsNoTracking().Where(x => x.Sign == signText).Select(x => new { x.ExternalId }).FirstOrDefaultAsync(ct);
        if (holder is not null && holder.ExternalId != id) return Outcome.Fail($"{at}.sign", $"Sprawa {id}: znak {signText} ma już inna sprawa ({holder.ExternalId ?? "z rejestru urzędu"}).");

        var c = await db.Set<Case>().SingleOrDefaultAsync(x => x.ExternalId == id, ct);
        var added = c is null;
        c ??= db.Add(new Case { Id = Guid.CreateVersion7(), TenantId = run.TenantId, ExternalId = id }).Entity;
        var officer = r.Officer;
        var before = added ? "" : Fingerprint(c);
        (c.Sign, c.Title, c.Jrwa, c.JrwaName, c.Status, c.StartedOn, c.ClosedOn) =
            (signText, r.Title!.Trim(), sign.Jrwa, Blank(r.JrwaName), status, r.StartedOn.Value, r.ClosedOn);
        (c.OfficerName, c.OfficerDepartment, c.OfficerPhone, c.OfficerEmail) =
            (Blank(officer?.Name), Blank(officer?.Department), Blank(officer?.Phone), Blank(officer?.Email));
        var changed = added || before != Fingerprint(c);
        changed |= await SyncStagesAsync(run, c, stages, ct);
        changed |= await SyncPartiesAsync(run, c, r.Parties, ct);
        if (changed) c.UpdatedAt = run.Now;
        return Outcome.Of(added ? ImportOutcomes.Added : changed ? ImportOutcomes.Changed : ImportOutcomes.Unchanged);
    }

    private static string Fingerprint(Case c) =>
        string.Join('|', c.Sign, c.Title, c.Jrwa, c.JrwaName, c.Status, c.StartedOn, c.ClosedOn, c.OfficerName, c.OfficerDepartment, c.OfficerPhone, c.OfficerEmail);

    private async Task<bool> SyncStagesAsync(Run run, Case c, List<ImportStage> stages, CancellationToken ct)
    {
        var current = await db.Set<CaseStage>().Where(s => s.CaseId == c.Id).OrderBy(s => s.Position).ToListAsync(ct);
        var wanted = stages.Select((s, j) => new CaseStage
        {
            Id = Guid.CreateVersion7(), TenantId = run.TenantId, CaseId = c.Id, Position = j + 1, Name = s.Name!.Trim(), Date = s.Date!.Value, Note = Blank(s.Note),
        }).ToList();
        static string Key(CaseStage s) => $"{s.Position}|{s.Name}|{s.Date}|{s.Note}";
        if (current.Select(Key).SequenceEqual(wanted.Select(Key))) return false;
        db.RemoveRange(current);
        db.AddRange(wanted);
        return true;
    }

    /// <summary>Parties by (name, PESEL, NIP): kept ones keep their account link, new ones link by PESEL/NIP.</summary>
    private async Task<bool> SyncPartiesAsync(Run run, Case c, List<ImportParty> parties, CancellationToken ct)
    {
        var current = await db.Set<CaseParty>().Where(p => p.CaseId == c.Id).ToListAsync(ct);
        var wanted = parties.Select(p => (Name: p.Name!.Trim(), Pesel: Blank(p.Pesel), Nip: p.Nip is { Length: > 0 } n ? PolishIds.NormalizeNip(n) : null))
            .Distinct().ToList();
        var changed = false;
        foreach (var gone in current.Where(p => !wanted.Contains((p.Name, p.Pesel, p.Nip))))
        {
            db.Remove(gone);
            changed = true;
        }
        foreach (var w in wanted.Where(w => !current.Any(p => (p.Name, p.Pesel, p.Nip) == w)))
        {
            var party = new CaseParty { Id = Guid.CreateVersion7(), TenantId = run.TenantId, CaseId = c.Id, Name = w.Name, Pesel = w.Pesel, Nip = w.Nip };
            db.Add(party);
            current.Add(party);
            changed = true;
        }
        // Accounts verified since the last upsert link now (not a change of the case itself).
        foreach (var p in current.Where(p => p.UserId is null && db.Entry(p).State != EntityState.Deleted)) await linker.LinkPartyAsync(p, ct);
        return changed;
    }

    // ---- documents ----

    private async Task<Outcome> DocumentAsync(Run run, ImportDocument r, string at, HashSet<string> dupes, CancellationToken ct)
    {
        var id = r.ExternalId?.Trim();
        if (Id(id, dupes, at) is { } idError) return idError;
        var caseId = r.Case?.Trim();
        if (string.IsNullOrEmpty(caseId)) return Outcome.Fail($"{at}.case", $"Pismo {id}: brak identyfikatora sprawy.");
        if (run.RejectedCases.Contains(caseId)) return Outcome.Fail($"{at}.case", $"Pismo {id}: sprawa {caseId} została w tej paczce odrzucona.");
        var c = await db.Set<Case>().SingleOrDefaultAsync(x => x.ExternalId == caseId, ct);
        if (c is null) return Outcome.Fail($"{at}.case", $"Pismo {id}: nieznana sprawa {caseId}: nie ma jej w paczce ani w systemie.");
        var direction = r.Direction?.Trim();
        if (direction is null || !DocumentDirections.All.Contains(direction))
            return Outcome.Fail($"{at}.direction", $"Pismo {id}: nieznany kierunek „{r.Direction}”; dozwolone: {string.Join(", ", DocumentDirections.All)}.");
        if (Text(r.Title, $"{at}.title", $"Pismo {id}: tytuł") is { } titleError) return titleError;
        if (r.DocumentDate is null) return Outcome.Fail($"{at}.documentDate", $"Pismo {id}: brak daty pisma.");
        if (r.RegisterNumber is { Length: > MaxId }) return Outcome.Fail($"{at}.registerNumber", $"Pismo {id}: numer w rejestrze może mieć najwyżej {MaxId} znaków.");
        var incoming = r.Files ?? [];
        if (incoming.Count > MaxFilesPerDocument) return Outcome.Fail($"{at}.files", $"Pismo {id}: najwyżej {MaxFilesPerDocument} plików.");
        var decoded = new List<(string Name, byte[] Bytes, string Sha)>();
        for (var j = 0; j < incoming.Count; j++)
        {
            var f = incoming[j];
            var name = PdfFile.SafeName(f.Name);
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(f.Content ?? "");
            }
            catch (FormatException)
            {
                return Outcome.Fail($"{at}.files[{j}].content", $"Pismo {id}: treść pliku {name} nie jest poprawnym base64.");
            }
            if (PdfFile.Check(bytes, name) is { } reason) return Outcome.Fail($"{at}.files[{j}].content", $"Pismo {id}: {reason}");
            decoded.Add((name, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }

        var d = await db.Set<CaseDocument>().SingleOrDefaultAsync(x => x.ExternalId == id, ct);
        if (d is not null && d.CaseId != c.Id) return Outcome.Fail($"{at}.case", $"Pismo {id} należy do innej sprawy; pism nie przenosi się między sprawami.");
        var added = d is null;
        d ??= db.Add(new CaseDocument { Id = Guid.CreateVersion7(), TenantId = run.TenantId, CaseId = c.Id, ExternalId = id }).Entity;
        var before = added ? "" : $"{d.Direction}|{d.RegisterNumber}|{d.Title}|{d.DocumentDate}|{d.RegisteredOn}";
        (d.Direction, d.RegisterNumber, d.Title, d.DocumentDate, d.RegisteredOn) = (direction, Blank(r.RegisterNumber), r.Title!.Trim(), r.DocumentDate.Value, r.RegisteredOn);
        var changed = added || before != $"{d.Direction}|{d.RegisterNumber}|{d.Title}|{d.DocumentDate}|{d.RegisteredOn}";
        changed |= await SyncFilesAsync(run, d, decoded, ct);
        if (changed) d.UpdatedAt = run.Now;
        if (added && run.Notify && direction == DocumentDirections.Out) await notifications.DocumentSentAsync(c, d, ct);
        return Outcome.Of(added ? ImportOutcomes.Added : changed ? ImportOutcomes.Changed : ImportOutcomes.Unchanged);
    }

    /// <summary>Replaces the files when their names or contents differ; new bytes are stored before the rows commit (see OneAsync for cleanup).</summary>
    private async Task<bool> SyncFilesAsync(Run run, CaseDocument d, List<(string Name, byte[] Bytes, string Sha)> wanted, CancellationToken ct)
    {
        var current = await db.Set<DocumentFile>().Where(f => f.DocumentId == d.Id).OrderBy(f => f.Position).ToListAsync(ct);
        if (current.Select(f => (f.FileName, f.Sha256)).SequenceEqual(wanted.Select(w => (w.Name, w.Sha)))) return false;
        db.RemoveRange(current);
        run.ReplacedKeys.AddRange(current.Select(f => f.StorageKey));
        for (var j = 0; j < wanted.Count; j++)
        {
            var fileId = Guid.CreateVersion7();
            var key = DocumentFile.KeyFor(d.Id, fileId);
            using var content = new MemoryStream(wanted[j].Bytes, writable: false);
            run.WrittenKeys.Add(key);
            await files.PutAsync(run.TenantId, key, content, PdfFile.ContentType, ct);
            db.Add(new DocumentFile
            {
                Id = fileId, TenantId = run.TenantId, DocumentId = d.Id, Position = j + 1, FileName = wanted[j].Name, ContentType = PdfFile.ContentType,
                Size = wanted[j].Bytes.Length, Sha256 = wanted[j].Sha, StorageKey = key,
            });
        }
        return true;
    }

    // ---- shared ----

    private static Outcome? Id(string? id, HashSet<string> dupes, string at) =>
        string.IsNullOrEmpty(id) ? Outcome.Fail($"{at}.externalId", "Brak identyfikatora rekordu (externalId).")
        : id.Length > MaxId ? Outcome.Fail($"{at}.externalId", $"Identyfikator {id[..20]}… może mieć najwyżej {MaxId} znaków.")
        : dupes.Contains(id) ? Outcome.Fail($"{at}.externalId", $"Rekord {id} występuje w paczce więcej niż raz.")
        : null;

    private static Outcome? Text(string? value, string field, string what) =>
        string.IsNullOrWhiteSpace(value) ? Outcome.Fail(field, $"{what}: pole jest wymagane.")
        : value.Trim().Length > MaxText ? Outcome.Fail(field, $"{what}: najwyżej {MaxText} znaków.")
        : null;

    private static HashSet<string> Duplicates(IEnumerable<string?> ids) =>
        ids.Select(i => i?.Trim()).OfType<string>().Where(i => i.Length > 0).GroupBy(i => i, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
