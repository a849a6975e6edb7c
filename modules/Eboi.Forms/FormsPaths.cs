namespace Eboi.Forms;

/// <summary>Routes of the forms module (under the tenant's base path).</summary>
public static class FormsPaths
{
    public const string List = "/formularze";
    public const string FormTemplate = "/formularze/{slug}";
    public const string DraftTemplate = "/formularze/robocze/{id:guid}";
    public const string ReviewTemplate = "/formularze/robocze/{id:guid}/sprawdz";
    public const string SubmissionTemplate = "/formularze/wyslane/{id:guid}";
    public const string UpoTemplate = "/formularze/wyslane/{id:guid}/upo";
    public const string UpoXmlTemplate = "/formularze/wyslane/{id:guid}/upo.xml";
    public const string AttachmentTemplate = "/formularze/zalaczniki/{id:guid}";

    public const string Admin = "/admin/formularze";
    public const string AdminNew = "/admin/formularze/nowy";
    public const string AdminEditTemplate = "/admin/formularze/{id:guid}";
    public const string AdminSubmissions = "/admin/formularze/zlozone";
    public const string AdminSubmissionTemplate = "/admin/formularze/zlozone/{id:guid}";
    public const string AdminUpoXmlTemplate = "/admin/formularze/zlozone/{id:guid}/upo.xml";
    public const string AdminAttachmentTemplate = "/admin/formularze/zalaczniki/{id:guid}";

    public static string Form(string slug) => $"/formularze/{Uri.EscapeDataString(slug)}";
    public static string Draft(Guid id) => $"/formularze/robocze/{id:N}";
    public static string Review(Guid id) => $"/formularze/robocze/{id:N}/sprawdz";
    public static string Submission(Guid id) => $"/formularze/wyslane/{id:N}";
    public static string Upo(Guid id) => $"/formularze/wyslane/{id:N}/upo";
    public static string UpoXml(Guid id) => $"/formularze/wyslane/{id:N}/upo.xml";
    public static string Attachment(Guid id) => $"/formularze/zalaczniki/{id:N}";
    public static string AdminEdit(Guid id) => $"/admin/formularze/{id:N}";
    public static string AdminSubmission(Guid id) => $"/admin/formularze/zlozone/{id:N}";
    public static string AdminUpoXml(Guid id) => $"/admin/formularze/zlozone/{id:N}/upo.xml";
    public static string AdminAttachment(Guid id) => $"/admin/formularze/zalaczniki/{id:N}";
}
