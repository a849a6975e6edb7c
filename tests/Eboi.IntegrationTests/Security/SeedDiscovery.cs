using Eboi.Announcements;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Catalog;
using Eboi.Content;
using Eboi.Email;
using Eboi.Workflows;
using Eboi.Forms;
using Eboi.Taxes;
using Eboi.Cases;

namespace Eboi.IntegrationTests.Security;

/// <summary>Finds real values for route parameters in tenant A's seeded data, the way a user would: by following links.</summary>
public static class SeedDiscovery
{
    private static readonly HtmlParser Parser = new();

    public static async Task<SeedValues> DiscoverAsync(MatrixClient client, MatrixCaller administrator, string tenant, Guid citizen)
    {
        async Task<string> LastSegmentOfFirstLink(string path, string selector)
        {
            var response = await client.GetAsync(administrator, Place.Tenant, path);
            var document = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
            var href = document.QuerySelector(selector)?.GetAttribute("href")
                ?? throw new InvalidOperationException($"No link '{selector}' on {path} ({Answer.Describe(response)}) to fill a route parameter from.");
            return Uri.UnescapeDataString(href.Split('?')[0].TrimEnd('/').Split('/').Last());
        }

        // The demo's newest case is in progress and has an outgoing document with a PDF.
        async Task<string> FirstLinkPath(string path, string selector)
        {
            var response = await client.GetAsync(administrator, Place.Tenant, path);
            var document = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
            var href = document.QuerySelector(selector)?.GetAttribute("href")
                ?? throw new InvalidOperationException($"No link '{selector}' on {path} ({Answer.Describe(response)}) to fill a route parameter from.");
            return href[href.IndexOf("/admin/", StringComparison.Ordinal)..];
        }
        var caseId = Guid.Parse(await LastSegmentOfFirstLink(CasesPaths.Admin, "main table a"));

        using var recipe = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(CliProcess.RepositoryRoot, "recipes", $"{tenant}.recipe.json")));
        return new SeedValues(
            ContentPageSlug: recipe.RootElement.GetProperty("pages")[0].GetProperty("slug").GetString()!,
            CardSlug: await LastSegmentOfFirstLink(CatalogPaths.List, "main a[href*='/katalog-spraw/']"),
            CardId: Guid.Parse(await LastSegmentOfFirstLink(CatalogPaths.AdminList, "main table a")),
            PageId: Guid.Parse(await LastSegmentOfFirstLink(ContentPaths.AdminPages, "main table a")),
            UserId: citizen,
            TemplateKey: await LastSegmentOfFirstLink(EmailAdminPaths.Templates, "main a[href*='/admin/szablony/']"),
            TenantSlug: tenant,
            AnnouncementId: Guid.Parse(await LastSegmentOfFirstLink(AnnouncementsPaths.Admin, "main table a")),
            // The recipe's demo numbers its reports first; the second ("przyjęte") is public and has a drawn photo.
            FaultReportWithPhoto: $"U-{DateTime.UtcNow.Year}-00002",
            WorkflowId: Guid.Parse(await LastSegmentOfFirstLink(WorkflowsPaths.Admin, "main table a")),
            WorkflowInstanceId: Guid.Parse(await LastSegmentOfFirstLink(WorkflowsPaths.AdminInstances, "main table a")),
            TaxpayerId: Guid.Parse(await LastSegmentOfFirstLink(TaxesPaths.AdminTaxpayers, "main table a")),
            CaseId: caseId,
            CaseFilePath: await FirstLinkPath(CasesPaths.AdminCase(caseId), "main a[href*='/pliki/']"),
            FormId: Guid.Parse(await LastSegmentOfFirstLink(FormsPaths.Admin, "main table a")));
    }
}
