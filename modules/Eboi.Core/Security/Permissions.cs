namespace Eboi.Core.Security;

/// <summary>
/// Permissions per module: a role (data, per tenant, seeded by recipes) holds a set of these; pages and endpoints
/// of the staff panel require one. Names are stable identifiers used in recipes.
/// </summary>
public static class Permissions
{
    public const string ClaimType = "eboi:permission";

    public const string ContentEdit = "content.edit";
    public const string ContentPublish = "content.publish";
    public const string UsersManage = "users.manage";
    public const string UsersVerify = "users.verify";
    public const string EmailTemplates = "email.templates";
    public const string AuditView = "audit.view";
    public const string CasesHandle = "cases.handle";
    public const string TaxesView = "taxes.view";
    public const string PaymentsView = "payments.view";
    public const string FaultsModerate = "faults.moderate";
    public const string WorkflowsEdit = "workflows.edit";

    /// <summary>Every permission with its Polish description (shown in the roles editor).</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [ContentEdit] = "Edycja treści: katalog spraw, strony, regulamin",
        [ContentPublish] = "Publikowanie i wycofywanie treści",
        [UsersManage] = "Zarządzanie kontami: zakładanie, blokowanie, role",
        [UsersVerify] = "Weryfikacja kont (powiązanie z tożsamością)",
        [EmailTemplates] = "Edycja szablonów wiadomości e-mail",
        [AuditView] = "Przeglądanie dziennika zdarzeń",
        [CasesHandle] = "Obsługa spraw i korespondencji",
        [TaxesView] = "Dostęp do kartotek podatkowych",
        [PaymentsView] = "Przeglądanie płatności",
        [FaultsModerate] = "Moderowanie zgłoszeń usterek",
        [WorkflowsEdit] = "Edycja przepływów pracy",
    };
}
