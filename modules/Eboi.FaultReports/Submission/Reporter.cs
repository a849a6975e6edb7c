namespace Eboi.FaultReports.Submission;

/// <summary>
/// Who is reporting: a signed-in account (its id, name and e-mail), an API client holding the office's key (the
/// person it names, if any; trusted like an account, so no e-mailed confirmation), or nobody yet (the form's contact fields).
/// </summary>
internal sealed record Reporter(Guid? UserId, string? Name, string? Email, bool ViaApi = false)
{
    public static readonly Reporter Anonymous = new(null, null, null);

    public static Reporter Api(string? name, string? email) => new(null, name, email, ViaApi: true);

    public bool IsAnonymous => UserId is null && !ViaApi;
}
