namespace Eboi.Cases;

/// <summary>Routes of the cases module (under the tenant's base path); the EZD API's are in <see cref="CasesApiRoutes"/>.</summary>
public static class CasesPaths
{
    public const string MyCases = "/sprawy";
    public const string CaseTemplate = "/sprawy/{znak}";
    public const string WriteTemplate = "/sprawy/{znak}/napisz";
    public const string FileTemplate = "/sprawy/{znak}/pisma/{plik:guid}";
    public const string Correspondence = "/korespondencja";
    public const string Admin = "/admin/sprawy";
    public const string AdminNew = "/admin/sprawy/nowa";
    public const string AdminCaseTemplate = "/admin/sprawy/{id:guid}";
    public const string AdminFileTemplate = "/admin/sprawy/{id:guid}/pliki/{plik:guid}";
    public const string AdminMessages = "/admin/sprawy/wiadomosci";

    public static string Case(string sign) => $"/sprawy/{Uri.EscapeDataString(sign)}";
    public static string Write(string sign) => $"{Case(sign)}/napisz";
    public static string File(string sign, Guid fileId) => $"{Case(sign)}/pisma/{fileId:N}";
    public static string MyCasesIn(string state) => $"{MyCases}?stan={state}";
    public static string CorrespondenceIn(string box) => $"{Correspondence}?skrzynka={box}";
    public static string AdminCase(Guid id) => $"/admin/sprawy/{id:N}";

    /// <summary>The new-case form filled from something a citizen sent (an inbox item), for a gmina without an EZD.</summary>
    public static string AdminNewFrom(Guid inboxItemId) => $"{AdminNew}?{Eboi.Cases.Admin.CaseNewPageModel.FromQuery}={inboxItemId:N}";

    /// <summary>Where on a staff case page the outgoing-document form is (the reply to the party).</summary>
    public static string AdminReply(Guid caseId) => $"{AdminCase(caseId)}#pismo";
    public static string AdminFile(Guid caseId, Guid fileId) => $"/admin/sprawy/{caseId:N}/pliki/{fileId:N}";
}
