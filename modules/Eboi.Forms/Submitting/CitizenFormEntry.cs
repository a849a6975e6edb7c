namespace Eboi.Forms;

/// <summary>One of a citizen's drafts or sent forms as a list shows it; <see cref="Link"/> is tenant-relative.</summary>
public sealed record CitizenFormEntry(Guid Id, string FormTitle, string FormSlug, DateTimeOffset CreatedAt, DateTimeOffset ChangedAt, CitizenFormStatus Status, string Link);

/// <summary>Where a citizen's form stands.</summary>
public enum CitizenFormStatus
{
    /// <summary>Wersja robocza: saved, not sent.</summary>
    Draft,

    /// <summary>Wysłany: received, with its UPO.</summary>
    Submitted,
}
