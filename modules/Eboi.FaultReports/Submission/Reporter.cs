namespace Eboi.FaultReports.Submission;

/// <summary>Who is reporting: a signed-in account (its id, name and e-mail) or nobody yet (the form's contact fields).</summary>
internal sealed record Reporter(Guid? UserId, string? Name, string? Email)
{
    public static readonly Reporter Anonymous = new(null, null, null);
    public bool IsAnonymous => UserId is null;
}
