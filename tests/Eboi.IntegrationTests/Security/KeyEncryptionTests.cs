using System.Net;
using System.Xml.Linq;
using Eboi.IntegrationTests.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Npgsql;

namespace Eboi.IntegrationTests.Security;

/// <summary>Data Protection keys are encrypted at rest with the configured certificate; nodes sharing it share cookies.</summary>
public sealed class KeyEncryptionTests
{
    [Fact]
    public async Task Keys_are_stored_encrypted_and_only_an_app_with_the_certificate_reads_the_cookies_they_protect()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var first = new EboiAppFactory(db, seed: false);
        var (login, password) = await Operators.CreateAsync(first);
        var client = first.CreateClient(new() { AllowAutoRedirect = false });
        var (signIn, _) = await FormPost.SubmitAsync(client, "/admin/logowanie", new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".eboi.operator=", StringComparison.Ordinal)).Split(';')[0];

        var keys = await KeysAsync(db);
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            // The <masterKey> element (the secret in plain base64) is replaced by <encryptedSecret> holding XML-Enc data.
            Assert.DoesNotContain(key.Descendants(), e => e.Name.LocalName == "masterKey");
            var secret = key.Descendants().Single(e => e.Name.LocalName == "encryptedSecret");
            Assert.Contains(secret.Elements(), e => e.Name.LocalName == "EncryptedData");
        }

        await using var second = new EboiAppFactory(db, seed: false);
        Assert.Equal(HttpStatusCode.OK, (await Get(second, cookie)).StatusCode);

        // Without the certificate the stored key is useless: the cookie is not accepted (login page instead).
        var otherCertificate = TestCertificate.Create("eboi-test-other");
        await using var stranger = new EboiAppFactory(db, seed: false,
            host: b => b.UseSetting("Eboi:DataProtection:CertificatePath", otherCertificate));
        var refused = await Get(stranger, cookie);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/admin/logowanie", refused.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> Get(EboiAppFactory app, string cookie)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static async Task<List<XElement>> KeysAsync(TestDatabase db)
    {
        await using var conn = new NpgsqlConnection(db.OwnerConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT xml FROM data_protection_keys", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var keys = new List<XElement>();
        while (await reader.ReadAsync()) keys.Add(XElement.Parse(reader.GetString(0)));
        return keys;
    }
}
