using System.Net;
using System.Text;
using Eboi.Core;
using Eboi.Core.Files;
using Eboi.Core.Tenancy;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eboi.IntegrationTests.Files;

/// <summary>Stored files reach only the signed-in user of their own tenant, through the module's endpoint, never as static files.</summary>
public sealed class FileServingTests : FreshAppTest
{
    private const string Key = "dokumenty/wniosek.pdf";
    private static readonly byte[] SiedlecPdf = Encoding.ASCII.GetBytes("%PDF-1.7 Siedlec <script>alert(1)</script>");
    private static readonly byte[] KozyOnly = Encoding.ASCII.GetBytes("%PDF-1.7 Kozy");

    protected override void ConfigureServices(IServiceCollection services) => services.AddTransient<IStartupFilter, ProtectedFileEndpoint>();

    [Fact]
    public async Task Only_a_signed_in_user_of_the_owning_tenant_gets_the_file()
    {
        var siedlec = await TenantIdAsync("siedlec");
        var kozy = await TenantIdAsync("kozy");
        var store = App.Services.GetRequiredService<IFileStore>();
        await store.PutAsync(siedlec, Key, new MemoryStream(SiedlecPdf), "application/pdf");
        await store.PutAsync(kozy, "dokumenty/tylko-kozy.pdf", new MemoryStream(KozyOnly), "application/pdf");

        var user = await StaffAccounts.SignInAsync(App, "siedlec", (await StaffAccounts.CreateAsync(App, "siedlec")).Email);
        var response = await user.GetAsync($"/siedlec{ProtectedFileEndpoint.Prefix}/{Key}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SiedlecPdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(SiedlecPdf.Length, response.Content.Headers.ContentLength);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.Private);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(ProtectedFileEndpoint.DownloadName, response.Content.Headers.ContentDisposition.FileNameStar);

        // Another tenant's key, a traversal and a missing key are all simply not there.
        foreach (var path in new[] { "dokumenty/tylko-kozy.pdf", "..%2F..%2Fdokumenty/wniosek.pdf", "dokumenty/..%5Cwniosek.pdf", "nie-ma.pdf" })
            Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"/siedlec{ProtectedFileEndpoint.Prefix}/{path}")).StatusCode);

        // The Siedlec session is not a Kozy session: Kozy's endpoint refuses it, whatever the key.
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"/kozy{ProtectedFileEndpoint.Prefix}/dokumenty/tylko-kozy.pdf")).StatusCode);
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync($"/siedlec{ProtectedFileEndpoint.Prefix}/{Key}")).StatusCode);
    }

    [Fact]
    public async Task Stored_files_are_outside_the_web_root_and_not_served_as_static_files()
    {
        var siedlec = await TenantIdAsync("siedlec");
        await App.Services.GetRequiredService<IFileStore>().PutAsync(siedlec, Key, new MemoryStream(SiedlecPdf), "application/pdf");
        var files = Path.Combine(App.Services.GetRequiredService<IOptions<EboiOptions>>().Value.FullDataPath, LocalFileStore.FolderName);
        // The demo's report photos are stored too: find this PDF's blob by its content.
        var blob = Assert.Single(Directory.GetFiles(files, "*", SearchOption.AllDirectories), f => f.Contains("blobs") && File.ReadAllBytes(f).SequenceEqual(SiedlecPdf));
        var webRoot = App.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        Assert.False(Path.GetFullPath(blob).StartsWith(Path.GetFullPath(webRoot ?? "/nonexistent"), StringComparison.Ordinal));

        var relative = Path.GetRelativePath(files, blob).Replace('\\', '/');
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in new[] { $"/files/{relative}", $"/siedlec/files/{relative}", $"/{relative}", $"/siedlec/{Key}", $"/{LocalFileStore.FolderName}/{siedlec:N}/blobs/" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(SiedlecPdf, await response.Content.ReadAsByteArrayAsync());
        }
    }

    private async Task<Guid> TenantIdAsync(string slug) =>
        (await App.Services.GetRequiredService<TenantRegistry>().FindBySlugAsync(slug))!.Id;
}
