using Eboi.Core.Audit;
using Eboi.Core.Security;
using Eboi.FaultReports.Domain;
using Eboi.FaultReports.Reports;
using Microsoft.EntityFrameworkCore;

namespace Eboi.FaultReports.Admin;

/// <summary>
/// The staff side of fault reports: the moderation queue and every action on a report (approve, reject with a reason,
/// edit out personal data, hide a photo, assign, change status with a public note, internal notes, mark a duplicate).
/// Each action saves its change, audit entry and (for status changes) event in one SaveChanges.
/// </summary>
internal sealed class FaultReportDesk(FaultReportStore store, FaultReportStatusChanger status, AuditLog audit, TimeProvider clock,
    IEnumerable<IStaffDirectory> staffDirectories)
{
    public sealed record Row(string Number, string Title, string Status, string Moderation, bool IsPublic, string Category, DateTimeOffset CreatedAt,
        string? AssignedRole, Guid? AssignedUserId)
    {
        /// <summary>The assigned person's name (filled from the staff directory), or null.</summary>
        public string? AssignedUserName { get; init; }
    }

    /// <summary>Who may be assigned a report: active staff holding the moderation permission (empty without the Users module).</summary>
    public async Task<IReadOnlyList<StaffMember>> AssignableStaffAsync(CancellationToken ct) =>
        staffDirectories.FirstOrDefault() is { } directory ? await directory.WithPermissionAsync(FaultReportsPermissions.Moderate, ct) : [];

    /// <summary>A staff member's name for display, or null (unknown, blocked, no longer staff).</summary>
    public async Task<StaffMember?> StaffMemberAsync(Guid? userId, CancellationToken ct) =>
        userId is { } id && staffDirectories.FirstOrDefault() is { } directory ? await directory.FindAsync(id, ct) : null;

    /// <summary>The reports staff see (confirmed ones): only the queue (waiting for moderation), or only those assigned to one person, when asked.</summary>
    public async Task<IReadOnlyList<Row>> ListAsync(bool queueOnly, string? statusFilter, CancellationToken ct, Guid? assignedTo = null)
    {
        var query = from r in store.Db.Set<FaultReport>().AsNoTracking()
                    join c in store.Db.Set<FaultCategory>() on r.CategoryId equals c.Id
                    where r.Moderation != ModerationState.AwaitingEmail
                    select new { r, c };
        if (queueOnly) query = query.Where(x => x.r.Moderation == ModerationState.Queued);
        if (assignedTo is { } person) query = query.Where(x => x.r.AssignedUserId == person);
        if (FaultStatus.IsKnown(statusFilter)) query = query.Where(x => x.r.Status == statusFilter);
        var rows = await query.OrderByDescending(x => x.r.CreatedAt).Take(200)
            .Select(x => new Row(x.r.Number, x.r.Title, x.r.Status, x.r.Moderation, x.r.IsPublic, x.c.Name, x.r.CreatedAt, x.r.AssignedRole, x.r.AssignedUserId)).ToListAsync(ct);
        if (rows.All(r => r.AssignedUserId is null)) return rows;
        var names = new Dictionary<Guid, string>();
        foreach (var id in rows.Select(r => r.AssignedUserId).OfType<Guid>().Distinct())
            if (await StaffMemberAsync(id, ct) is { } member) names[id] = member.Name;
        return rows.Select(r => r.AssignedUserId is { } id && names.TryGetValue(id, out var name) ? r with { AssignedUserName = name } : r).ToList();
    }

    /// <summary>A report staff may act on (not one still waiting for its reporter's e-mail confirmation).</summary>
    public async Task<FaultReport?> FindAsync(string number, CancellationToken ct) =>
        await store.FindAsync(number, ct) is { } r && ModerationState.IsVisibleToStaff(r.Moderation) ? r : null;

    public async Task<IReadOnlyList<FaultNote>> NotesAsync(Guid reportId, CancellationToken ct) =>
        await store.Db.Set<FaultNote>().AsNoTracking().Where(n => n.ReportId == reportId).OrderBy(n => n.CreatedAt).ToListAsync(ct);

    public async Task ApproveAsync(FaultReport r, CancellationToken ct)
    {
        r.Moderation = ModerationState.Approved;
        r.IsPublic = true;
        if (r.Status == FaultStatus.New) await status.StageAsync(r, FaultStatus.Accepted, null, ct);
        r.UpdatedAt = clock.GetUtcNow();
        audit.Add(FaultReportsAuditEvents.Approved, r.Number);
        await store.Db.SaveChangesAsync(ct);
    }

    public async Task<string?> RejectAsync(FaultReport r, string? reason, CancellationToken ct)
    {
        var note = FaultReportRules.CheckNote(reason, required: true, out var error);
        if (error is not null) return error;
        r.Moderation = ModerationState.Rejected;
        r.IsPublic = false;
        await status.StageAsync(r, FaultStatus.Rejected, note, ct);
        audit.Add(FaultReportsAuditEvents.Rejected, r.Number, note);
        await store.Db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<IReadOnlyList<(string Field, string Message)>> EditAsync(FaultReport r, string? title, string? description, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        title = title?.Trim() ?? "";
        description = description?.Trim() ?? "";
        if (title.Length is 0 or > FaultReportRules.TitleMax) errors.Add(("Title", $"Tytuł musi mieć od 1 do {FaultReportRules.TitleMax} znaków."));
        if (description.Length is 0 or > FaultReportRules.DescriptionMax) errors.Add(("Description", $"Opis musi mieć od 1 do {FaultReportRules.DescriptionMax} znaków."));
        if (errors.Count > 0) return errors;
        (r.Title, r.Description, r.UpdatedAt) = (title, description, clock.GetUtcNow());
        audit.Add(FaultReportsAuditEvents.Edited, r.Number);
        await store.Db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<bool> TogglePhotoAsync(FaultReport r, int position, CancellationToken ct)
    {
        var photo = await store.Db.Set<FaultPhoto>().FirstOrDefaultAsync(p => p.ReportId == r.Id && p.Position == position, ct);
        if (photo is null) return false;
        photo.Hidden = !photo.Hidden;
        audit.Add(FaultReportsAuditEvents.PhotoHidden, r.Number, $"zdjęcie {position}: {(photo.Hidden ? "ukryte" : "widoczne")}");
        await store.Db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<string?> ChangeStatusAsync(FaultReport r, string? newStatus, string? publicNote, CancellationToken ct)
    {
        if (!FaultStatus.IsKnown(newStatus)) return "Wybierz status z listy.";
        var note = FaultReportRules.CheckNote(publicNote, required: false, out var error);
        if (error is not null) return error;
        if (!await status.StageAsync(r, newStatus!, note, ct)) return "Zgłoszenie ma już ten status: wybierz inny albo dodaj notatkę.";
        audit.Add(FaultReportsAuditEvents.StatusChanged, r.Number, $"{FaultStatus.Label(newStatus!)}{(note is null ? "" : ": " + note)}");
        await store.Db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Sets category (with its department), role and person; the error names the field it belongs to.</summary>
    public async Task<(string Field, string Message)?> AssignAsync(FaultReport r, string? categoryKey, string? role, Guid? userId, CancellationToken ct)
    {
        var category = await store.Db.Set<FaultCategory>().FirstOrDefaultAsync(c => c.Key == categoryKey, ct);
        if (category is null) return (AssignFields.Category, "Wybierz kategorię z listy.");
        StaffMember? person = null;
        if (userId is { } id && (person = (await AssignableStaffAsync(ct)).FirstOrDefault(m => m.Id == id)) is null)
            return (AssignFields.Person, "Wybierz osobę z listy: zgłoszenie można przypisać pracownikowi, który moderuje zgłoszenia.");
        r.CategoryId = category.Id;
        r.AssignedRole = string.IsNullOrWhiteSpace(role) ? null : role.Trim();
        r.AssignedUserId = userId;
        r.UpdatedAt = clock.GetUtcNow();
        audit.Add(FaultReportsAuditEvents.Assigned, r.Number,
            $"{category.Name} ({category.DepartmentName}){(r.AssignedRole is null ? "" : ", rola " + r.AssignedRole)}, osoba: {(person is null ? "nikt" : $"{person.Name} ({person.Email})")}");
        await store.Db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The assignment form's field names, so an error lands next to its field.</summary>
    public static class AssignFields
    {
        public const string Category = "CategoryKey";
        public const string Person = "AssignedUser";
    }

    public async Task<string?> AddNoteAsync(FaultReport r, string? text, string author, CancellationToken ct)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return "Wpisz treść notatki.";
        if (text.Length > FaultReportRules.NoteMax) return $"Notatka może mieć najwyżej {FaultReportRules.NoteMax} znaków.";
        store.Db.Add(new FaultNote { Id = Guid.CreateVersion7(), TenantId = r.TenantId, ReportId = r.Id, Author = author, Text = text, CreatedAt = clock.GetUtcNow() });
        audit.Add(FaultReportsAuditEvents.NoteAdded, r.Number);
        await store.Db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> MarkDuplicateAsync(FaultReport r, string? otherNumber, CancellationToken ct)
    {
        if (ReportNumber.FromSlug(otherNumber) is not { } other) return "Wpisz numer zgłoszenia, np. U/2026/00042.";
        if (other == r.Number) return "Zgłoszenie nie może być duplikatem samego siebie.";
        if (await FindAsync(other, ct) is null) return $"Nie ma zgłoszenia {other}.";
        r.DuplicateOf = other;
        await status.StageAsync(r, FaultStatus.Duplicate, $"To zgłoszenie dotyczy tej samej usterki co {other}.", ct);
        audit.Add(FaultReportsAuditEvents.MarkedDuplicate, r.Number, other);
        await store.Db.SaveChangesAsync(ct);
        return null;
    }
}
