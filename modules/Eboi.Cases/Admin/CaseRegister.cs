using System.Security.Cryptography;
using Eboi.Cases.Citizen;
using Eboi.Cases.Domain;
using Eboi.Cases.Events;
using Eboi.Core.Audit;
using Eboi.Core.Data;
using Eboi.Core.Files;
using Eboi.Core.Security;
using Eboi.Core.Text;
using Eboi.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Cases.Admin;

/// <summary>
/// The case register of a gmina without an EZD (and the staff's view of EZD cases): search, open (audited), create a
/// case with a generated znak, assign the officer, add a stage (with the status it brings), attach an outgoing
/// document. Every change is audited and, where the party should know, published as an event for the workflows.
/// </summary>
internal sealed class CaseRegister(EboiDbContext db, AuditLog audit, PartyLinker linker, CaseNotifications notifications, IFileStore files,
    CaseDetails details, ICitizenDirectory citizens, TimeProvider clock)
{
    public const int PageSize = 100;

    public DateOnly Today => PolishTime.DateOf(clock.GetUtcNow());

    public async Task<IReadOnlyList<Case>> SearchAsync(string? text, string? status, CancellationToken ct)
    {
        var query = db.Set<Case>().AsNoTracking();
        if (status is { Length: > 0 } s && CaseStatuses.All.Contains(s)) query = query.Where(c => c.Status == s);
        if (text?.Trim() is { Length: > 0 } t)
        {
            var like = "%" + t.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(c => EF.Functions.ILike(c.Sign, like) || EF.Functions.ILike(c.Title, like)
                || db.Set<CaseParty>().Any(p => p.CaseId == c.Id && (EF.Functions.ILike(p.Name, like) || p.Pesel == t || p.Nip == t)));
        }
        return await query.OrderByDescending(c => c.StartedOn).ThenByDescending(c => c.Id).Take(PageSize).ToListAsync(ct);
    }

    /// <summary>A case with everything on it, the opening recorded in the audit log; null when there is none.</summary>
    public async Task<CaseView?> OpenAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Set<Case>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var view = await details.LoadAsync(c, null, ct);
        await audit.RecordAsync(CasesAuditEvents.CaseViewed, Subject(c), $"pisma: {view.Documents.Count}, wiadomości: {view.Messages.Count}", ct);
        return view;
    }

    /// <summary>A file of the case for download, the opening audited; null when the file is not this case's.</summary>
    public async Task<DocumentFile?> FileAsync(Guid caseId, Guid fileId, CancellationToken ct)
    {
        var c = await db.Set<Case>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return null;
        var hit = await (
            from f in db.Set<DocumentFile>().AsNoTracking()
            join d in db.Set<CaseDocument>().AsNoTracking() on f.DocumentId equals d.Id
            where f.Id == fileId && d.CaseId == caseId
            select new { File = f, d.Title }).SingleOrDefaultAsync(ct);
        if (hit is null) return null;
        await audit.RecordAsync(CasesAuditEvents.DocumentViewed, Subject(c), $"pismo „{hit.Title}”, plik {hit.File.FileName}", ct);
        return hit.File;
    }

    public async Task<(Case? Created, List<(string Field, string Message)> Errors)> CreateAsync(NewCaseForm form, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        var unit = form.Unit?.Trim();
        var jrwa = form.Jrwa?.Trim();
        if (!CaseSign.IsUnit(unit)) errors.Add((nameof(NewCaseForm.Unit), "Wpisz symbol komórki organizacyjnej: litery i cyfry, części rozdzielone kropką lub myślnikiem, np. RF albo ON-I"));
        if (!CaseSign.IsJrwa(jrwa)) errors.Add((nameof(NewCaseForm.Jrwa), "Wpisz symbol klasy JRWA: od 1 do 4 cyfr, np. 3120"));
        if (string.IsNullOrWhiteSpace(form.Title)) errors.Add((nameof(NewCaseForm.Title), "Wpisz tytuł sprawy"));
        else if (form.Title.Trim().Length > 500) errors.Add((nameof(NewCaseForm.Title), "Tytuł może mieć najwyżej 500 znaków"));
        if (string.IsNullOrWhiteSpace(form.PartyName)) errors.Add((nameof(NewCaseForm.PartyName), "Wpisz imię i nazwisko albo nazwę strony"));
        var pesel = form.Pesel?.Trim();
        var nip = form.Nip?.Trim();
        if (string.IsNullOrEmpty(pesel) && string.IsNullOrEmpty(nip)) errors.Add((nameof(NewCaseForm.Pesel), "Wpisz PESEL albo NIP strony: po nim sprawa połączy się z kontem mieszkańca"));
        if (!string.IsNullOrEmpty(pesel) && !PolishIds.IsValidPesel(pesel)) errors.Add((nameof(NewCaseForm.Pesel), "PESEL jest nieprawidłowy: sprawdź 11 cyfr"));
        if (!string.IsNullOrEmpty(nip) && PolishIds.NormalizeNip(nip) is null) errors.Add((nameof(NewCaseForm.Nip), "NIP jest nieprawidłowy: sprawdź 10 cyfr"));
        DateOnly started = Today;
        if (!string.IsNullOrWhiteSpace(form.StartedOn) && !DateOnly.TryParseExact(form.StartedOn.Trim(), "yyyy-MM-dd", out started))
            errors.Add((nameof(NewCaseForm.StartedOn), "Wpisz datę wszczęcia jako rok-miesiąc-dzień, np. 2026-03-02"));
        if (errors.Count > 0) return (null, errors);

        var tenantId = db.TenantId!.Value;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The item is locked until commit: two clerks opening a case for the same form make one case, the second is told.
        InboxItem? item = null;
        if (form.FromItem is { } itemId)
        {
            item = await db.Set<InboxItem>().FromSql($"SELECT * FROM case_inbox WHERE id = {itemId} FOR UPDATE").SingleOrDefaultAsync(ct);
            if (item is null || item.AcknowledgedAt is not null || item.CaseSign is not null)
                return (null, [(nameof(NewCaseForm.Title), item is null
                    ? "Nie ma takiego zgłoszenia mieszkańca: załóż sprawę bez niego albo wróć do listy formularzy"
                    : $"To zgłoszenie należy już do sprawy albo rejestru ({item.CaseSign ?? item.RegisterNumber}): odpowiedz w tej sprawie")]);
        }
        string sign;
        do
        {
            // The counter row is locked by this transaction until commit: two clerks never get the same number.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO case_counters (tenant_id, unit, jrwa, year, last_number) VALUES ({tenantId}, {unit}, {jrwa}, {started.Year}, 1)
                ON CONFLICT (tenant_id, unit, jrwa, year) DO UPDATE SET last_number = case_counters.last_number + 1
                """, ct);
            var number = await db.Set<CaseCounter>().AsNoTracking()
                .Where(x => x.Unit == unit && x.Jrwa == jrwa && x.Year == started.Year).Select(x => x.LastNumber).SingleAsync(ct);
            sign = CaseSign.Generate(unit!, jrwa!, number, started.Year).ToString();
        }
        // A number the EZD already used for this unit and class is skipped.
        while (await db.Set<Case>().AnyAsync(x => x.Sign == sign, ct));

        var c = new Case
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, Sign = sign, Title = form.Title!.Trim(), Jrwa = jrwa!, JrwaName = Blank(form.JrwaName),
            Status = CaseStatuses.Open, StartedOn = started, UpdatedAt = clock.GetUtcNow(),
        };
        db.Add(c);
        var party = new CaseParty
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, CaseId = c.Id, Name = form.PartyName!.Trim(),
            Pesel = string.IsNullOrEmpty(pesel) ? null : pesel, Nip = string.IsNullOrEmpty(nip) ? null : PolishIds.NormalizeNip(nip),
        };
        db.Add(party);
        if (item is not null && await SenderIsPartyAsync(item, party, ct)) (party.UserId, party.LinkedAt) = (item.SenderUserId, clock.GetUtcNow());
        else await linker.LinkPartyAsync(party, ct);
        db.Add(new CaseStage { Id = Guid.CreateVersion7(), TenantId = tenantId, CaseId = c.Id, Position = 1, Name = "Wszczęcie sprawy", Date = started });
        if (item is not null)
        {
            // What the citizen sent is the case's first pismo; the item is acknowledged with the znak, which the citizen
            // sees on the sent form, and the EZD's pull no longer offers it.
            db.Add(new CaseDocument
            {
                Id = Guid.CreateVersion7(), TenantId = tenantId, CaseId = c.Id, Direction = DocumentDirections.In, RegisterNumber = sign,
                Title = item.Title, DocumentDate = PolishTime.DateOf(item.CreatedAt), RegisteredOn = started, UpdatedAt = clock.GetUtcNow(),
            });
            (item.CaseSign, item.AcknowledgedAt, item.RegisterNumber) = (sign, clock.GetUtcNow(), sign);
        }
        audit.Add(CasesAuditEvents.CaseCreated, Subject(c),
            $"strona: {party.Name}{(party.UserId is null ? "" : " (połączona z kontem)")}{(item is null ? "" : $"; ze zgłoszenia „{item.Title}”")}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (c, []);
    }

    /// <summary>
    /// The new-case form filled from an inbox item (title, the sender as the party), or why there is none to fill:
    /// an unknown item, or one already registered (with the case, when the portal has it).
    /// </summary>
    public async Task<(NewCaseForm? Form, InboxItem? Taken, Guid? TakenCaseId)> PrefillFromAsync(Guid itemId, CancellationToken ct)
    {
        var item = await db.Set<InboxItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return (null, null, null);
        // Taken: registered (by the EZD or here), or a message written in a case it already belongs to.
        if (item.AcknowledgedAt is not null || item.CaseSign is not null)
            return (null, item, await db.Set<Case>().Where(c => c.Sign == item.CaseSign).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct));
        var sender = await citizens.FindAsync(item.SenderUserId, ct);
        return (new NewCaseForm
        {
            Title = item.Title, PartyName = sender?.DisplayName, Pesel = sender?.Pesel, Nip = sender?.Nip,
            StartedOn = Today.ToString("yyyy-MM-dd"), FromItem = item.Id,
        }, null, null);
    }

    // The sender's own account, when the party typed is the sender (same PESEL or NIP): linked without the one-account rule,
    // since the sender proved who they are by sending from it.
    private async Task<bool> SenderIsPartyAsync(InboxItem item, CaseParty party, CancellationToken ct) =>
        await citizens.FindAsync(item.SenderUserId, ct) is { IsVerified: true } sender
        && ((party.Pesel is not null && party.Pesel == sender.Pesel) || (party.Nip is not null && party.Nip == sender.Nip));

    public async Task<List<(string Field, string Message)>?> AssignOfficerAsync(Guid id, OfficerForm form, CancellationToken ct)
    {
        var c = await db.Set<Case>().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(form.Name)) errors.Add((nameof(OfficerForm.Name), "Wpisz imię i nazwisko prowadzącego"));
        if (!string.IsNullOrWhiteSpace(form.Email) && !EmailAddresses.IsValid(form.Email.Trim()))
            errors.Add((nameof(OfficerForm.Email), "Wpisz adres e-mail w poprawnej postaci, np. referent@gmina.pl"));
        if (form.Phone is { Length: > 50 }) errors.Add((nameof(OfficerForm.Phone), "Telefon może mieć najwyżej 50 znaków"));
        if (errors.Count > 0) return errors;
        (c.OfficerName, c.OfficerDepartment, c.OfficerPhone, c.OfficerEmail, c.UpdatedAt) =
            (form.Name!.Trim(), Blank(form.Department), Blank(form.Phone), Blank(form.Email), clock.GetUtcNow());
        audit.Add(CasesAuditEvents.OfficerAssigned, Subject(c), $"{c.OfficerName}{(c.OfficerDepartment is { } d ? $", {d}" : "")}");
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<(string Field, string Message)>?> AddStageAsync(Guid id, StageForm form, CancellationToken ct)
    {
        var c = await db.Set<Case>().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(form.Name)) errors.Add((nameof(StageForm.Name), "Wpisz nazwę etapu, np. Wydanie decyzji"));
        else if (form.Name.Trim().Length > 500) errors.Add((nameof(StageForm.Name), "Nazwa etapu może mieć najwyżej 500 znaków"));
        DateOnly date = Today;
        if (!string.IsNullOrWhiteSpace(form.Date) && !DateOnly.TryParseExact(form.Date.Trim(), "yyyy-MM-dd", out date))
            errors.Add((nameof(StageForm.Date), "Wpisz datę etapu jako rok-miesiąc-dzień, np. 2026-03-10"));
        else if (date < c.StartedOn) errors.Add((nameof(StageForm.Date), "Etap nie może być wcześniejszy niż wszczęcie sprawy"));
        if (!CaseStatuses.All.Contains(form.Status ?? "")) errors.Add((nameof(StageForm.Status), "Wybierz stan sprawy po tym etapie"));
        if (form.Note is { Length: > 2000 }) errors.Add((nameof(StageForm.Note), "Uwaga może mieć najwyżej 2000 znaków"));
        if (errors.Count > 0) return errors;
        var position = await db.Set<CaseStage>().Where(s => s.CaseId == id).Select(s => (int?)s.Position).MaxAsync(ct) ?? 0;
        var stage = new CaseStage { Id = Guid.CreateVersion7(), TenantId = c.TenantId, CaseId = id, Position = position + 1, Name = form.Name!.Trim(), Date = date, Note = Blank(form.Note) };
        db.Add(stage);
        var before = c.Status;
        c.Status = form.Status!;
        c.ClosedOn = c.Status == CaseStatuses.Closed ? c.ClosedOn ?? date : null;
        c.UpdatedAt = clock.GetUtcNow();
        await notifications.StageChangedAsync(c, stage, ct);
        audit.Add(CasesAuditEvents.StageAdded, Subject(c), $"{stage.Name} ({date:yyyy-MM-dd}); stan: {CaseStatuses.Label(before)} → {CaseStatuses.Label(c.Status)}");
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<List<(string Field, string Message)>?> SendDocumentAsync(Guid id, DocumentForm form, string? fileName, byte[]? content, CancellationToken ct)
    {
        var c = await db.Set<Case>().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(form.Title)) errors.Add((nameof(DocumentForm.Title), "Wpisz tytuł pisma, np. Decyzja w sprawie podatku"));
        else if (form.Title.Trim().Length > 500) errors.Add((nameof(DocumentForm.Title), "Tytuł może mieć najwyżej 500 znaków"));
        if (form.RegisterNumber is { Length: > 100 }) errors.Add((nameof(DocumentForm.RegisterNumber), "Numer może mieć najwyżej 100 znaków"));
        if (content is null) errors.Add((DocumentForm.FileField, "Wybierz plik PDF z pismem"));
        else if (PdfFile.Check(content, PdfFile.SafeName(fileName)) is { } reason) errors.Add((DocumentForm.FileField, reason));
        if (errors.Count > 0) return errors;

        var d = new CaseDocument
        {
            Id = Guid.CreateVersion7(), TenantId = c.TenantId, CaseId = id, Direction = DocumentDirections.Out, RegisterNumber = Blank(form.RegisterNumber),
            Title = form.Title!.Trim(), DocumentDate = Today, RegisteredOn = Today, UpdatedAt = clock.GetUtcNow(),
        };
        var fileId = Guid.CreateVersion7();
        var key = DocumentFile.KeyFor(d.Id, fileId);
        using (var stream = new MemoryStream(content!, writable: false)) await files.PutAsync(c.TenantId, key, stream, PdfFile.ContentType, ct);
        db.Add(d);
        db.Add(new DocumentFile
        {
            Id = fileId, TenantId = c.TenantId, DocumentId = d.Id, Position = 1, FileName = PdfFile.SafeName(fileName), ContentType = PdfFile.ContentType,
            Size = content!.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), StorageKey = key,
        });
        await notifications.DocumentSentAsync(c, d, ct);
        audit.Add(CasesAuditEvents.DocumentSent, Subject(c), $"„{d.Title}”{(d.RegisterNumber is { } n ? $", nr {n}" : "")}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // The file was stored first; without its row nobody could reach it, so it goes too.
            await files.DeleteAsync(c.TenantId, key, CancellationToken.None);
            throw;
        }
        return [];
    }

    /// <summary>Messages citizens wrote to officers, newest first, with the case and whether the EZD registered them; the viewing is audited.</summary>
    public async Task<IReadOnlyList<IncomingMessage>> MessagesAsync(CancellationToken ct)
    {
        var rows = await (
            from m in db.Set<CaseMessage>().AsNoTracking()
            join c in db.Set<Case>().AsNoTracking() on m.CaseId equals c.Id
            join i in db.Set<InboxItem>().AsNoTracking() on m.InboxItemId equals i.Id
            orderby m.SentAt descending
            select new IncomingMessage(m.Id, c.Id, c.Sign, m.Subject, m.Body, m.SentAt, m.SenderUserId, c.OfficerName, i.RegisterNumber)).Take(PageSize).ToListAsync(ct);
        await audit.RecordAsync(CasesAuditEvents.MessagesViewed, "wiadomości do prowadzących", $"pokazano: {rows.Count}", ct);
        return rows;
    }

    private static string Subject(Case c) => $"sprawa {c.Sign}";

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

internal sealed record IncomingMessage(Guid Id, Guid CaseId, string Sign, string Subject, string Body, DateTimeOffset SentAt, Guid SenderUserId,
    string? Officer, string? RegisterNumber);
