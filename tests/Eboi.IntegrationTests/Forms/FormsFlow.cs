using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Eboi.Core.Data;
using Eboi.Core.Tenancy;
using Eboi.Forms;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Forms;

/// <summary>Drives the forms pages like a browser: verified citizens, starting a draft, posting answers and files (multipart with the antiforgery token).</summary>
internal static class FormsFlow
{
    public const string Gmina = "kozy";
    public const string PublicInfo = "wniosek-o-informacje-publiczna";
    public const string Waste = "deklaracja-odpady";
    public const string Certificate = "zaswiadczenie-o-niezaleganiu";

    private static readonly HtmlParser Parser = new();

    /// <summary>A small real PDF header: what the sniffer needs.</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public static Dictionary<string, string> PublicInfoAnswers() => new()
    {
        ["wnioskodawca"] = "Jan Testowy",
        ["tresc"] = "Proszę o kopię umowy na odbiór odpadów komunalnych zawartej w 2025 r.",
        ["forma"] = "pliki elektroniczne",
        ["sposob_przekazania"] = "na konto w portalu i na adres e-mail",
    };

    public static Task<(string Email, Guid Id)> CitizenAsync(EboiAppFactory app, string gmina, bool verified) =>
        StaffAccounts.CreateCitizenAsync(app, gmina, pesel: null, verified: verified);

    /// <summary>Signs a new verified citizen in.</summary>
    public static async Task<(HttpClient Client, string Email)> VerifiedClientAsync(EboiAppFactory app, string gmina = Gmina)
    {
        var (email, _) = await CitizenAsync(app, gmina, verified: true);
        return (await StaffAccounts.SignInAsync(app, gmina, email), email);
    }

    /// <summary>"Wypełnij formularz": the new draft's address (with the gmina's prefix).</summary>
    public static async Task<string> StartAsync(HttpClient client, string slug, string gmina = Gmina)
    {
        var (response, _) = await FormPost.SubmitAsync(client, $"/{gmina}{FormsPaths.Form(slug)}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public static Guid IdOf(string draftUrl) => Guid.Parse(draftUrl.TrimEnd('/').Split('/')[^1]);

    /// <summary>Posts the draft's form: answers (keys without "odp."), files per field, the handler ("Save") or "Dalej" (null).</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostAsync(HttpClient client, string draftUrl, IDictionary<string, string> answers,
        IEnumerable<(string Field, string FileName, byte[] Bytes)>? files = null, string? handler = null, IEnumerable<string>? remove = null)
    {
        var page = await Parser.ParseDocumentAsync(await client.GetStringAsync(draftUrl));
        var token = page.QuerySelector("form#formularz input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in answers) content.Add(new StringContent(value), "odp." + key);
        foreach (var r in remove ?? []) content.Add(new StringContent(r), "usun");
        foreach (var (field, name, bytes) in files ?? [])
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new("application/octet-stream");
            content.Add(file, "plik." + field, name);
        }
        var response = await client.PostAsync(handler is null ? draftUrl : $"{draftUrl}?handler={handler}", content);
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Fills the public information request, reviews and sends it: the submission's address.</summary>
    public static async Task<string> SubmitPublicInfoAsync(HttpClient client, IEnumerable<(string, string, byte[])>? files = null, string gmina = Gmina)
    {
        var draft = await StartAsync(client, PublicInfo, gmina);
        var (next, _) = await PostAsync(client, draft, PublicInfoAnswers(), files);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var (sent, _) = await FormPost.SubmitAsync(client, next.Headers.Location!.OriginalString, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return sent.Headers.Location!.OriginalString;
    }

    public static async Task<T> InTenantAsync<T>(EboiAppFactory app, string gmina, Func<EboiDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<TenantRegistry>().FindBySlugAsync(gmina);
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Tenant = tenant;
        var db = scope.ServiceProvider.GetRequiredService<EboiDbContext>();
        return await db.ForTenantAsync(tenant!.Id, _ => work(db, scope.ServiceProvider));
    }
}
