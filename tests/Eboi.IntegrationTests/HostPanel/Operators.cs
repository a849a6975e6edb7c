using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.HostPanel;
using Eboi.HostPanel.Accounts;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.HostPanel;

/// <summary>Host operators for tests: created through the real service, signed in through the real login form.</summary>
public static class Operators
{
    public static async Task<(string Login, string Password)> CreateAsync(EboiAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var login = $"op.{Guid.NewGuid():N}"[..16];
        var password = await scope.ServiceProvider.GetRequiredService<OperatorAccounts>().CreateAsync(login, "Olga Operatorka");
        return (login, password);
    }

    public static async Task<HttpClient> SignInAsync(EboiAppFactory app, string login, string password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var (response, _) = await FormPost.SubmitAsync(client, HostPanelPaths.Login, new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpClient> SignedInAsync(EboiAppFactory app)
    {
        var (login, password) = await CreateAsync(app);
        return await SignInAsync(app, login, password);
    }

    /// <summary>
    /// Uploads a recipe file through the host panel's "new tenant" form (multipart, with the form's antiforgery token).
    /// Returns the POST's status and the page shown after it (the tenant's page when it redirected, else the form with errors).
    /// </summary>
    public static async Task<(HttpStatusCode Status, IHtmlDocument Page)> UploadRecipeAsync(HttpClient client, string json, string fileName, string slug = "")
    {
        var parser = new HtmlParser();
        var form = await parser.ParseDocumentAsync(await client.GetStringAsync(HostPanelPaths.NewTenant));
        var token = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Upload"), "Form.Origin" },
            { new StringContent(slug), "Form.Slug" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "Upload", fileName },
        };
        var response = await client.PostAsync(HostPanelPaths.NewTenant, content);
        var status = response.StatusCode;
        if (status == HttpStatusCode.Redirect) response = await client.GetAsync(response.Headers.Location!.OriginalString);
        return (status, await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }
}
