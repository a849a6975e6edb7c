using System.Net;
using System.Text.Json;
using Eboi.IntegrationTests.Infrastructure;

namespace Eboi.IntegrationTests.Hosting;

/// <summary>Front-end libraries come from npm at build time and are served as their module's static web assets, at the locked version.</summary>
[Collection(SeededCollection.Name)]
public sealed class NpmAssetTests(SeededApp app)
{
    [Theory]
    [InlineData("leaflet.js", "text/javascript")]
    [InlineData("leaflet.css", "text/css")]
    public async Task Leaflet_is_served_at_the_version_package_lock_pins(string file, string contentType)
    {
        var response = await app.Client().GetAsync($"/_content/Eboi.Content/lib/leaflet/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        if (file.EndsWith(".js", StringComparison.Ordinal))
            Assert.Contains($"Leaflet {LockedVersion("leaflet")},", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Leaflet_images_are_served_too()
    {
        var response = await app.Client().GetAsync("/_content/Eboi.Content/lib/leaflet/images/marker-icon.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
    }

    private static string LockedVersion(string package)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "Eboi.sln"))) dir = dir.Parent ?? throw new DirectoryNotFoundException("Eboi.sln");
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "package-lock.json")));
        return lockFile.RootElement.GetProperty("packages").GetProperty($"node_modules/{package}").GetProperty("version").GetString()!;
    }
}
