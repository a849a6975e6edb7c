using System.Text;
using Eboi.Core;
using Eboi.Core.Files;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Eboi.Tests.Files;

/// <summary>The local file store: round trip with metadata, replace and delete, safe keys, per-tenant folders.</summary>
public sealed class LocalFileStoreTests : IDisposable
{
    private static readonly Guid Siedlec = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Kozy = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private readonly string _data = Path.Combine(Path.GetTempPath(), "eboi-files-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly LocalFileStore _store;

    public LocalFileStoreTests() => _store = new LocalFileStore(Options.Create(new EboiOptions { DataPath = _data }), _clock);

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_stored_file_opens_with_its_bytes_type_and_size()
    {
        var stored = await PutAsync(Siedlec, "usterki/2026/zdjecie-1.jpg", "JPEG bytes", "image/jpeg");

        await using var file = await _store.OpenAsync(Siedlec, "usterki/2026/zdjecie-1.jpg");
        Assert.NotNull(file);
        Assert.Equal(new StoredFileInfo("usterki/2026/zdjecie-1.jpg", "image/jpeg", 10, _clock.GetUtcNow()), file.Info);
        Assert.Equal(stored, file.Info);
        Assert.Equal("JPEG bytes", await new StreamReader(file.Content).ReadToEndAsync());
        Assert.True(await _store.ExistsAsync(Siedlec, "usterki/2026/zdjecie-1.jpg"));
    }

    [Fact]
    public async Task Files_live_under_the_data_path_per_tenant_and_no_temporary_file_stays()
    {
        await PutAsync(Siedlec, "a.pdf", "one", "application/pdf");
        await PutAsync(Siedlec, "a.pdf", "two", "application/pdf");

        var tenantFolder = Path.Combine(_data, "files", Siedlec.ToString("N"));
        Assert.Single(Directory.GetFiles(Path.Combine(tenantFolder, "blobs")));   // the replaced blob is gone
        Assert.Single(Directory.GetFiles(Path.Combine(tenantFolder, "keys")));
        Assert.Empty(Directory.GetFiles(Path.Combine(tenantFolder, "tmp")));
        Assert.Equal("two", await ReadAsync(Siedlec, "a.pdf"));
    }

    [Fact]
    public async Task Replacing_changes_bytes_and_type_and_deleting_removes_both()
    {
        await PutAsync(Siedlec, "dok/wniosek", "<html>", "text/plain");
        await PutAsync(Siedlec, "dok/wniosek", "%PDF-1.7", "application/pdf");
        await using (var file = await _store.OpenAsync(Siedlec, "dok/wniosek"))
            Assert.Equal(("application/pdf", 8L), (file!.Info.ContentType, file.Info.Length));

        Assert.True(await _store.DeleteAsync(Siedlec, "dok/wniosek"));
        Assert.False(await _store.DeleteAsync(Siedlec, "dok/wniosek"));
        Assert.False(await _store.ExistsAsync(Siedlec, "dok/wniosek"));
        Assert.Null(await _store.OpenAsync(Siedlec, "dok/wniosek"));
        Assert.Empty(Directory.GetFiles(Path.Combine(_data, "files", Siedlec.ToString("N"), "blobs")));
    }

    [Fact]
    public async Task One_tenants_key_never_opens_another_tenants_file()
    {
        await PutAsync(Siedlec, "wspolny/klucz.txt", "Siedlec", "text/plain");

        Assert.Null(await _store.OpenAsync(Kozy, "wspolny/klucz.txt"));
        Assert.False(await _store.ExistsAsync(Kozy, "wspolny/klucz.txt"));
        Assert.False(await _store.DeleteAsync(Kozy, "wspolny/klucz.txt"));

        await PutAsync(Kozy, "wspolny/klucz.txt", "Kozy", "text/plain");
        Assert.Equal("Siedlec", await ReadAsync(Siedlec, "wspolny/klucz.txt"));
        Assert.Equal("Kozy", await ReadAsync(Kozy, "wspolny/klucz.txt"));
        await Assert.ThrowsAsync<ArgumentException>(() => PutAsync(Guid.Empty, "x.txt", "x", "text/plain"));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("a/../../b")]
    [InlineData("./a")]
    [InlineData("/etc/passwd")]
    [InlineData("%2e%2e/x")]
    [InlineData("%2E%2E%2Fx")]
    [InlineData("..%2fx")]
    [InlineData("..\\..\\x")]
    [InlineData("a\\b")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("C:/x")]
    [InlineData("\\\\server\\share\\x")]
    [InlineData("a//b")]
    [InlineData("a/")]
    [InlineData(".hidden")]
    [InlineData("")]
    [InlineData(" a")]
    [InlineData("zdjęcie.jpg")]
    [InlineData("a\0b")]
    public async Task Unsafe_keys_are_refused_and_never_found(string key)
    {
        Assert.False(FileKey.IsValid(key));
        await Assert.ThrowsAsync<ArgumentException>(() => PutAsync(Siedlec, key, "x", "text/plain"));
        Assert.Null(await _store.OpenAsync(Siedlec, key));
        Assert.False(await _store.ExistsAsync(Siedlec, key));
        Assert.False(await _store.DeleteAsync(Siedlec, key));
        // Nothing was written anywhere, inside or outside the data folder.
        Assert.Empty(Directory.Exists(_data) ? Directory.GetFiles(_data, "*", SearchOption.AllDirectories) : []);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("usterki/2026/03/zdjecie_1.JPG")]
    [InlineData("a..b/c-d.e_f")]
    public void Ordinary_keys_are_valid(string key) => Assert.True(FileKey.IsValid(key));

    private async Task<StoredFileInfo> PutAsync(Guid tenant, string key, string text, string type)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await _store.PutAsync(tenant, key, content, type);
    }

    private async Task<string> ReadAsync(Guid tenant, string key)
    {
        await using var file = await _store.OpenAsync(tenant, key) ?? throw new FileNotFoundException(key);
        return await new StreamReader(file.Content).ReadToEndAsync();
    }
}
