using System.Security.Claims;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.Core.Security;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Eboi.Catalog;

namespace Eboi.IntegrationTests.Catalog;

/// <summary>Drives the staff catalog editor like a browser: submits the whole card form with some fields changed.</summary>
public static class CatalogEditor
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The editor URL of a card, found by its title on /admin/katalog.</summary>
    public static async Task<string> CardUrlAsync(HttpClient client, string gmina, string title)
    {
        var list = await Parser.ParseDocumentAsync(await client.GetStringAsync($"/{gmina}{CatalogPaths.AdminList}?q={Uri.EscapeDataString(title)}"));
        return list.QuerySelectorAll("main table a").First(a => a.TextContent.Trim() == title).GetAttribute("href")!;
    }

    /// <summary>Posts the page's card form with every current value (as a browser would) and the given changes.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SaveAsync(
        HttpClient client, string url, IDictionary<string, string?> changes, string? next = null)
    {
        var page = await Parser.ParseDocumentAsync(await client.GetStringAsync(url));
        var form = page.QuerySelector("main form[action*='handler=Save']")!;
        var values = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input"))
        {
            var name = input.GetAttribute("name");
            if (name is null || (input.GetAttribute("type") == "checkbox" && !input.HasAttribute("checked"))) continue;
            values[name] = input.GetAttribute("value") ?? "";
        }
        foreach (var area in form.QuerySelectorAll("textarea")) values[area.GetAttribute("name")!] = area.TextContent;
        foreach (var select in form.QuerySelectorAll("select"))
            values[select.GetAttribute("name")!] = select.QuerySelector("option[selected]")?.GetAttribute("value") ?? "";
        foreach (var (name, value) in changes)
            if (value is null) values.Remove(name);
            else values[name] = value;
        if (next is not null) values["next"] = next;
        var response = await client.PostAsync(System.Net.WebUtility.HtmlDecode(form.GetAttribute("action")!), new FormUrlEncodedContent(values));
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The office's row in the host-level service directory for a card address (null: not listed).</summary>
    public static async Task<(string Title, bool Online)?> DirectoryRowAsync(TestDatabase db, string gmina, string slug)
    {
        await using var conn = new NpgsqlConnection(db.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT d.title, d.online FROM service_directory d JOIN tenants t ON t.id = d.tenant_id WHERE t.slug = @g AND d.slug = @s", conn);
        cmd.Parameters.AddWithValue("g", gmina);
        cmd.Parameters.AddWithValue("s", slug);
        await using var reader = await cmd.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.GetBoolean(1)) : null;
    }

    /// <summary>Adds a role of the tenant holding only the given permissions (an office may define its own roles).</summary>
    public static async Task CreateRoleAsync(EboiAppFactory app, string gmina, string name, params string[] permissions)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<EboiRole>>();
        var role = new EboiRole { Id = Guid.CreateVersion7(), Name = name };
        Assert.True((await roles.CreateAsync(role)).Succeeded);
        foreach (var permission in permissions) Assert.True((await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, permission))).Succeeded);
    }
}
