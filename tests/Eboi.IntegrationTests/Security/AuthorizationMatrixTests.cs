using System.Diagnostics;
using System.Net;
using Eboi.Announcements;
using Eboi.ApiKeys;
using Eboi.Catalog;
using Eboi.Content;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.Email;
using Eboi.FaultReports;
using Eboi.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Payments;
using Eboi.IntegrationTests.Workflows;
using Eboi.Payments;
using Eboi.Payments.FakeGateway;
using Eboi.Forms;
using Eboi.Taxes;
using Eboi.Cases;
using Eboi.Users;
using Eboi.Users.Domain;
using Eboi.Workflows;

namespace Eboi.IntegrationTests.Security;

/// <summary>
/// Every route the app maps, called by every kind of caller, against the table below. A route without a row fails
/// the test (so a new page states who may open it), and so does a row for a route that is gone.
/// </summary>
public sealed class AuthorizationMatrixTests : FreshAppTest
{
    private const string TenantA = "kozy";
    private const string TenantB = "siedlec";

    // Short names for the table's scope column (plain Tenant would clash with the Eboi.Core.Tenancy.Tenant entity).
    private const TenantScope Tenant = TenantScope.Tenant, Host = TenantScope.Host, Any = TenantScope.Any;

    // Decodes (base64url) like a real link's token, so the forged link reaches the token check itself.
    private const string ForgedToken = "QUJDREVGR0hJSktMTU5PUA";
    private static readonly Guid MissingId = Guid.Parse("0190f1b2-dead-7000-8000-00000000f0f0");

    // A payment written into each tenant's tables (no recipe seeds payments), so the staff detail route has a real number.
    private const string MatrixPayment = "P/2026/999001";

    /// <summary>Who may open what. Tenant rows are called inside tenant A, host rows at host level, Any rows in both.</summary>
    private static readonly ExpectationTable Table = new()
    {
        // tenant: public pages
        { Tenant, "/", Access.Public },
        { Tenant, "/{slug:minlength(2)}", Access.Public, s => "/" + s.ContentPageSlug },
        { Tenant, ContentPaths.Contact, Access.Public },
        { Tenant, ContentPaths.Regulamin, Access.Public },
        { Tenant, ContentPaths.Accessibility, Access.Public },
        { Tenant, CatalogPaths.List, Access.Public },
        { Tenant, "/katalog-spraw/{slug}", Access.Public, s => "/katalog-spraw/" + s.CardSlug },

        // tenant: account pages for callers without a session; a signed-in user sees them too (200), which is harmless:
        // logging in again switches accounts, and nothing here reveals or changes the current account
        { Tenant, UserPaths.Login, Access.Public },
        { Tenant, UserPaths.Register, Access.Public },
        { Tenant, UserPaths.RegisterDone, Access.Public },
        { Tenant, UserPaths.ForgotPassword, Access.Public },
        { Tenant, UserPaths.ResendActivation, Access.Public },
        { Tenant, UserPaths.Logout, Access.Public },

        // tenant: pages opened from e-mailed links (no token, then a forged one)
        { Tenant, UserPaths.Activate, Access.TokenLink, s => [UserPaths.Activate, $"{UserPaths.Activate}?u={s.UserId}&t={ForgedToken}"] },
        { Tenant, UserPaths.ResetPassword, Access.TokenLink, s => [UserPaths.ResetPassword, $"{UserPaths.ResetPassword}?u={s.UserId}&t={ForgedToken}"] },
        { Tenant, UserPaths.Invitation, Access.TokenLink, s => [UserPaths.Invitation, $"{UserPaths.Invitation}?u={s.UserId}&t={ForgedToken}"] },

        // tenant: the signed-in user's own pages
        { Tenant, UserPaths.Account, Access.SignedIn },
        { Tenant, UserPaths.PersonalData, Access.SignedIn },
        { Tenant, UserPaths.ChangePassword, Access.SignedIn },
        { Tenant, UserPaths.Notifications, Access.SignedIn },
        { Tenant, UserPaths.MyData, Access.SignedIn },
        { Tenant, UserPaths.DeleteAccount, Access.SignedIn },
        { Tenant, UserPaths.Verification, Access.SignedIn },
        { Tenant, UserPaths.AcceptRegulamin, Access.SignedIn },

        // tenant: the staff panel
        { Tenant, "/admin", Access.Staff },
        { Tenant, ContentPaths.AdminPages, Access.Permission(ContentPermissions.Edit) },
        { Tenant, "/admin/strony/{id:guid}", Access.Permission(ContentPermissions.Edit).WithHandlers(ContentPermissions.Publish, "Publish", "Unpublish"), s => $"/admin/strony/{s.PageId:N}" },
        { Tenant, CatalogPaths.AdminList, Access.Permission(ContentPermissions.Edit) },
        { Tenant, CatalogPaths.AdminNew, Access.Permission(ContentPermissions.Edit) },
        { Tenant, "/admin/katalog/{id:guid}", Access.Permission(ContentPermissions.Edit).WithHandlers(ContentPermissions.Publish, "Publish", "Unpublish", "Restore"), s => $"/admin/katalog/{s.CardId:N}" },
        { Tenant, "/admin/katalog/{id:guid}/podglad", Access.Permission(ContentPermissions.Edit), s => $"/admin/katalog/{s.CardId:N}/podglad" },
        { Tenant, UserAdminPaths.Users, Access.Permission(UsersPermissions.Manage) },
        { Tenant, UserAdminPaths.NewUser, Access.Permission(UsersPermissions.Manage) },
        { Tenant, "/admin/uzytkownicy/{id:guid}", Access.Permission(UsersPermissions.Manage), s => $"/admin/uzytkownicy/{s.UserId:N}" },
        { Tenant, EmailAdminPaths.Templates, Access.Permission(EmailPermissions.Templates) },
        { Tenant, "/admin/szablony/{key}", Access.Permission(EmailPermissions.Templates), s => "/admin/szablony/" + s.TemplateKey },
        { Tenant, UserAdminPaths.AuditLog, Access.Permission(UsersPermissions.AuditView) },
        { Tenant, AnnouncementsPaths.Admin, Access.Permission(AnnouncementsPermissions.Manage) },
        { Tenant, AnnouncementsPaths.AdminNew, Access.Permission(AnnouncementsPermissions.Manage) },
        { Tenant, "/admin/ogloszenia/{id:guid}", Access.Permission(AnnouncementsPermissions.Manage), s => AnnouncementsPaths.AdminEdit(s.AnnouncementId) },
        { Tenant, WorkflowsPaths.Admin, Access.Permission(WorkflowsPermissions.Manage) },
        { Tenant, WorkflowsPaths.AdminNew, Access.Permission(WorkflowsPermissions.Manage) },
        { Tenant, WorkflowsPaths.AdminImport, Access.Permission(WorkflowsPermissions.Manage) },
        { Tenant, WorkflowsPaths.AdminInstances, Access.Permission(WorkflowsPermissions.Manage) },
        { Tenant, WorkflowsPaths.AdminNotifications, Access.Permission(WorkflowsPermissions.Manage) },
        { Tenant, WorkflowsPaths.AdminSettings, Access.Permission(WorkflowsPermissions.Manage) },
        { Tenant, "/admin/procesy/{id:guid}", Access.Permission(WorkflowsPermissions.Manage), s => WorkflowsPaths.AdminEdit(s.WorkflowId) },
        { Tenant, "/admin/procesy/{id:guid}/eksport", Access.Permission(WorkflowsPermissions.Manage), s => WorkflowsPaths.AdminExport(s.WorkflowId) },
        { Tenant, "/admin/procesy/przebiegi/{id:guid}", Access.Permission(WorkflowsPermissions.Manage), s => WorkflowsPaths.AdminInstance(s.WorkflowInstanceId) },

        { Tenant, FaultReportsPaths.Admin, Access.Permission(FaultReportsPermissions.Moderate) },
        { Tenant, "/admin/usterki/{numer}", Access.Permission(FaultReportsPermissions.Moderate), s => "/admin/usterki/" + s.FaultReportWithPhoto },
        { Tenant, "/admin/usterki/{numer}/zdjecia/{n:int}", Access.Permission(FaultReportsPermissions.Moderate), s => $"/admin/usterki/{s.FaultReportWithPhoto}/zdjecia/1" },
        { Tenant, FaultReportsPaths.AdminCategories, Access.Permission(FaultReportsPermissions.Moderate) },
        { Tenant, "/admin/usterki/kategorie/{klucz}", Access.Permission(FaultReportsPermissions.Moderate), _ => FaultReportsPaths.AdminCategory("drogi") },

        // tenant: kartoteki podatkowe, staff side (linking needs taxes.link beyond the page's taxes.view)
        { Tenant, TaxesPaths.AdminTaxpayers, Access.Permission(TaxesPermissions.View) },
        { Tenant, TaxesPaths.AdminTaxpayerTemplate, Access.Permission(TaxesPermissions.View).WithHandlers(TaxesPermissions.Link, "Link", "Unlink"), s => TaxesPaths.AdminTaxpayer(s.TaxpayerId) },
        { Tenant, TaxesPaths.AdminImport, Access.Permission(TaxesPermissions.Import) },
        // tenant: the tax import API (a "taxes" API key first, then POST only: covered by TaxImportApiTests) and its public OpenAPI document
        { Tenant, TaxesApiRoutes.Import, Access.Fixed(HttpStatusCode.Unauthorized) },
        { Tenant, TaxesApiRoutes.OpenApi, Access.Public },

        // tenant: the case register (changes need cases.manage beyond the page's cases.view; files and openings are audited)
        { Tenant, CasesPaths.Admin, Access.Permission(CasesPermissions.View) },
        { Tenant, CasesPaths.AdminNew, Access.Permission(CasesPermissions.Manage) },
        { Tenant, CasesPaths.AdminMessages, Access.Permission(CasesPermissions.View) },
        { Tenant, CasesPaths.AdminCaseTemplate, Access.Permission(CasesPermissions.View).WithHandlers(CasesPermissions.Manage, "Officer", "Stage", "Document"), s => CasesPaths.AdminCase(s.CaseId) },
        { Tenant, CasesPaths.AdminFileTemplate, Access.Permission(CasesPermissions.View), s => s.CaseFilePath },
        // tenant: the EZD API (a "cases" API key first: covered by CasesApiTests and CaseInboxTests) and its public OpenAPI document
        { Tenant, CasesApiRoutes.Import, Access.Fixed(HttpStatusCode.Unauthorized) },
        { Tenant, CasesApiRoutes.Inbox, Access.Fixed(HttpStatusCode.Unauthorized) },
        { Tenant, CasesApiRoutes.AcknowledgeTemplate, Access.Fixed(HttpStatusCode.Unauthorized), _ => CasesApiRoutes.Acknowledge(Guid.Empty) },
        { Tenant, CasesApiRoutes.AttachmentTemplate, Access.Fixed(HttpStatusCode.Unauthorized), _ => CasesApiRoutes.Attachment(Guid.Empty, 0) },
        { Tenant, CasesApiRoutes.OpenApi, Access.Public },

        // tenant: fault reports (the demo's second report is public and has a photo; a forged confirmation link is 404 for everyone)
        { Tenant, FaultReportsPaths.List, Access.Public },
        { Tenant, FaultReportsPaths.Report, Access.Public },
        { Tenant, FaultReportsPaths.Submitted, Access.Public },
        { Tenant, FaultReportsPaths.Map, Access.Public },
        { Tenant, FaultReportsPaths.MapData, Access.Public },
        { Tenant, "/usterki/{numer}", Access.Public, s => "/usterki/" + s.FaultReportWithPhoto },
        { Tenant, "/usterki/{numer}/zdjecia/{n:int}", Access.Public, s => $"/usterki/{s.FaultReportWithPhoto}/zdjecia/1" },
        { Tenant, "/usterki/potwierdz/{token}", Access.Fixed(HttpStatusCode.NotFound), _ => "/usterki/potwierdz/" + ForgedToken },
        { Tenant, FaultReportsPaths.MyReports, Access.SignedIn },

        // tenant: the citizen's tax cards (a card that is not the caller's is 404 for every signed-in caller)
        { Tenant, TaxesPaths.MyCards, Access.Public },
        { Tenant, TaxesPaths.CardTemplate, Access.OwnRecord, _ => TaxesPaths.Card("N/NIE-MA-TAKIEJ") },
        { Tenant, TaxesPaths.TransferTemplate, Access.OwnRecord, _ => TaxesPaths.Transfer("N/NIE-MA-TAKIEJ") },

        // tenant: the citizen's cases and letters (a case or file that is not the caller's is 404 for every signed-in caller)
        { Tenant, CasesPaths.MyCases, Access.Public },
        { Tenant, CasesPaths.Correspondence, Access.Public },
        { Tenant, CasesPaths.CaseTemplate, Access.OwnRecord, _ => CasesPaths.Case("NIE.301.1.2026") },
        { Tenant, CasesPaths.WriteTemplate, Access.OwnRecord, _ => CasesPaths.Write("NIE.301.1.2026") },
        { Tenant, CasesPaths.FileTemplate, Access.OwnRecord, _ => CasesPaths.File("NIE.301.1.2026", Guid.Empty) },
        // tenant: electronic forms, citizen side (drafts, sent forms, UPOs and files are the caller's own: 404 for anyone else's)
        { Tenant, FormsPaths.List, Access.Public },
        { Tenant, FormsPaths.FormTemplate, Access.Public, _ => FormsPaths.Form("wniosek-o-informacje-publiczna") },
        { Tenant, FormsPaths.DraftTemplate, Access.OwnRecord, _ => FormsPaths.Draft(MissingId) },
        { Tenant, FormsPaths.ReviewTemplate, Access.OwnRecord, _ => FormsPaths.Review(MissingId) },
        { Tenant, FormsPaths.SubmissionTemplate, Access.OwnRecord, _ => FormsPaths.Submission(MissingId) },
        { Tenant, FormsPaths.UpoTemplate, Access.OwnRecord, _ => FormsPaths.Upo(MissingId) },
        { Tenant, FormsPaths.UpoXmlTemplate, Access.OwnRecord, _ => FormsPaths.UpoXml(MissingId) },
        { Tenant, FormsPaths.AttachmentTemplate, Access.OwnRecord, _ => FormsPaths.Attachment(MissingId) },
        // tenant: electronic forms, staff side (the builder needs forms.manage; sent forms forms.view)
        { Tenant, FormsPaths.Admin, Access.Permission(FormsPermissions.Manage) },
        { Tenant, FormsPaths.AdminNew, Access.Permission(FormsPermissions.Manage) },
        { Tenant, FormsPaths.AdminEditTemplate, Access.Permission(FormsPermissions.Manage), s => FormsPaths.AdminEdit(s.FormId) },
        { Tenant, FormsPaths.AdminSubmissions, Access.Permission(FormsPermissions.View) },
        { Tenant, FormsPaths.AdminSubmissionTemplate, Access.PermissionMissingRecord(FormsPermissions.View), _ => FormsPaths.AdminSubmission(MissingId) },
        { Tenant, FormsPaths.AdminUpoXmlTemplate, Access.PermissionMissingRecord(FormsPermissions.View), _ => FormsPaths.AdminUpoXml(MissingId) },
        { Tenant, FormsPaths.AdminAttachmentTemplate, Access.PermissionMissingRecord(FormsPermissions.View), _ => FormsPaths.AdminAttachment(MissingId) },

        // tenant: Open311 GeoReport v2 (public reads; POST needs an API key, covered by Open311Tests)
        { Tenant, "/open311/v2/discovery.{format:regex(^(xml|json)$)}", Access.Public, _ => "/open311/v2/discovery.xml" },
        { Tenant, "/open311/v2/services.{format:regex(^(xml|json)$)}", Access.Public, _ => "/open311/v2/services.json" },
        { Tenant, "/open311/v2/services/{code}.{format:regex(^(xml|json)$)}", Access.Public, _ => "/open311/v2/services/drogi.xml" },
        { Tenant, "/open311/v2/requests.{format:regex(^(xml|json)$)}", Access.Public, _ => "/open311/v2/requests.json" },
        { Tenant, "/open311/v2/requests/{id}.{format:regex(^(xml|json)$)}", Access.Public, s => $"/open311/v2/requests/{s.FaultReportWithPhoto}.json" },
        { Tenant, "/open311/v2/tokens/{token}.{format:regex(^(xml|json)$)}", Access.Public, s => $"/open311/v2/tokens/{s.FaultReportWithPhoto}.xml" },
        { Tenant, "/open311/v2/servicerequestupdates.{format:regex(^(xml|json)$)}", Access.Public, _ => "/open311/v2/servicerequestupdates.json" },

        // tenant: payments (the citizen's own history; staff with payments.view: list, export, one payment)
        { Tenant, PaymentsPaths.History, Access.SignedIn },
        { Tenant, PaymentsPaths.FeeTable, Access.Public },
        { Tenant, PaymentsPaths.Admin, Access.Permission(PaymentsPermissions.View) },
        { Tenant, PaymentsPaths.AdminExport, Access.Permission(PaymentsPermissions.View) },
        { Tenant, PaymentsPaths.AdminDetailTemplate, Access.Permission(PaymentsPermissions.View), _ => PaymentsPaths.AdminDetail(MatrixPayment) },

        { Tenant, ApiKeysPaths.Admin, Access.Permission(ApiKeysPermissions.Manage) },
        { Tenant, ApiKeysPaths.AdminNew, Access.Permission(ApiKeysPermissions.Manage) },

        // tenant: machine APIs (a cookie is no key: 401 with a JSON error for everyone)
        { Tenant, ApiKeysEndpoints.WhoAmI, Access.Fixed(HttpStatusCode.Unauthorized) },

        // tenant: online payments (a payment is its payer's only: an id they do not own is 404; the gateway's POST is signed, not a cookie)
        { Tenant, PaymentsPaths.ReturnTemplate, Access.OwnRecord, _ => PaymentsPaths.Return(Guid.CreateVersion7()) },
        { Tenant, PaymentsPaths.Notification, Access.Fixed(HttpStatusCode.BadRequest) },

        // host level: the fake Przelewy24 of tests and the demo (basic auth of a merchant; unknown tokens 404)
        { Host, FakeGatewayRoutes.Register, Access.Fixed(HttpStatusCode.Unauthorized) },
        { Host, FakeGatewayRoutes.Verify, Access.Fixed(HttpStatusCode.Unauthorized) },
        { Host, FakeGatewayRoutes.BySession, Access.Fixed(HttpStatusCode.Unauthorized), _ => "/bramka-testowa/api/v1/transaction/by/sessionId/nieznana" },
        { Host, FakeGatewayRoutes.Pay, Access.Fixed(HttpStatusCode.NotFound), _ => FakeGatewayRoutes.PayPage("NIEZNANY") },
        { Host, FakeGatewayRoutes.Notify, Access.Fixed(HttpStatusCode.NotFound), _ => "/bramka-testowa/sterowanie/NIEZNANY/powiadom" },

        // host level: the portal and the hosting provider's panel
        { Host, "/", Access.Public },
        { Host, HostPanelPaths.Login, Access.Public },
        { Host, "/admin", Access.Operator },
        { Host, HostPanelPaths.Logout, Access.Operator },
        { Host, HostPanelPaths.NewTenant, Access.Operator },
        { Host, "/admin/urzedy/{slug}", Access.Operator, s => "/admin/urzedy/" + s.TenantSlug },

        // both levels
        { Any, "/blad/{code:int}", Access.Fixed(HttpStatusCode.NotFound), _ => "/blad/404" },
        { Any, "/health/live", Access.Public },
        { Any, "/health/ready", Access.Public },
        { Any, "/health/ping", Access.Public },
    };

    /// <summary>Roles tenant A's recipe lacks but an office may define: they exercise handler permissions on their own.</summary>
    private static readonly Dictionary<string, string[]> ExtraRoles = new()
    {
        ["Redaktor bez publikacji"] = [ContentPermissions.Edit],
    };

    [Fact]
    public async Task Every_mapped_route_answers_every_caller_as_the_expectation_table_says()
    {
        var clock = Stopwatch.StartNew();
        var routes = await MappedRoutes.ReadAsync(App.Services);
        var problems = new List<string>();
        problems.AddRange(TableCoverage.Problems(routes, Table, nameof(AuthorizationMatrixTests)));

        // A workflow and an instance in each tenant, so /admin/procesy/{id} routes have real ids on both sides.
        foreach (var tenant in new[] { TenantA, TenantB }) await WorkflowSeed.CreateAsync(App, tenant);
        foreach (var tenant in new[] { TenantA, TenantB })
            await PaymentRows.AddAsync(App, tenant, new(Guid.NewGuid(), "platnik@example.test", "Podatek od nieruchomości", 100m, Reference: MatrixPayment));
        var cast = await MatrixCallers.SignInAllAsync(App, TenantA, TenantB, ExtraRoles);
        var client = new MatrixClient(App, TenantA);
        var matrix = new MatrixRun(client, problems);
        var administratorOfA = cast.All.Single(c => c.Name == $"{TenantA}:Administrator");
        var seed = await SeedDiscovery.DiscoverAsync(client, administratorOfA, TenantA, cast.CitizenOfA);
        // Tenant B's own ids (found by its administrator inside B) fill the same rows for the cross-tenant probe.
        var administratorOfB = cast.All.Single(c => c.Name == $"{TenantB}:Administrator");
        var seedOfB = await SeedDiscovery.DiscoverAsync(new MatrixClient(App, TenantB), administratorOfB with { Kind = CallerKind.Member }, TenantB, cast.CitizenOfB);

        await matrix.TokensAreAcceptedAsync();
        foreach (var route in routes)
        {
            if (Table.Find(route.Key) is not { } row) continue;
            foreach (var place in Places(route.Scope))
            foreach (var path in row.PathsFor(seed))
            {
                foreach (var caller in cast.All) await matrix.CheckAsync(route, row, caller, place, path, TenantA);
                if (row.Access == Access.TokenLink) await matrix.ForgedTokenIsRefusedAsync(route, path);
            }
            await matrix.OtherScopeDoesNotServeAsync(route, routes, row.PathsFor(seed)[0], cast.All);
            // Ids are unique across tenants (slugs and template keys are not), so only id routes are probed with B's.
            if (route.Scope == Tenant && route.Pattern.Contains(":guid}", StringComparison.Ordinal))
                foreach (var path in row.PathsFor(seedOfB)) await matrix.OtherTenantsRecordsAreNotFoundAsync(route, row, path, administratorOfA);
        }

        var cells = routes.Sum(r => Places(r.Scope).Count()) * cast.All.Count;
        TestReports.Write("authorization-matrix",
        [
            $"authorization matrix: {routes.Count} routes x {cast.All.Count} callers ({cells} cells), {client.Gets} GET + {client.Posts} POST requests, " +
            $"{problems.Count} problems, {clock.Elapsed.TotalSeconds:F1} s",
            .. problems,
        ]);
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems));
    }

    private static IEnumerable<Place> Places(TenantScope scope) => scope switch
    {
        Host => [Place.Host],
        Tenant => [Place.Tenant],
        _ => [Place.Host, Place.Tenant],
    };
}
