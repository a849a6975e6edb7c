using Eboi.Core.Events;
using Eboi.Core.Workflows;

namespace Eboi.Users;

/// <summary>A citizen registered an account (not yet activated); workflow event "konto.zarejestrowano".</summary>
[DomainEvent("users.registered")]
public sealed record UserRegistered(Guid UserId, string Email, string DisplayName, bool IsCompany)
{
    public const string WorkflowName = "konto.zarejestrowano";

    public static readonly IReadOnlyList<WorkflowField> Fields =
    [
        new("imie", "imię i nazwisko albo nazwa firmy"),
        new("email", "adres e-mail konta"),
        new("rodzaj", "osoba fizyczna albo firma lub instytucja"),
    ];

    public WorkflowEventData ToWorkflow() => new(new WorkflowSubject("konto", UserId.ToString("D")), new Dictionary<string, string>
    {
        ["imie"] = DisplayName,
        ["email"] = Email,
        ["rodzaj"] = IsCompany ? "firma lub instytucja" : "osoba fizyczna",
    }, Email);
}
