using System.Net;
using System.Xml.Linq;
using Eboi.IntegrationTests.HostPanel;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using Eboi.HostPanel;

namespace Eboi.IntegrationTests.Security;

/// <summary>Data Protection keys are encrypted at rest with the configured certificate; nodes sharing it share cookies.</summary>
public sealed class KeyEncryptionTests
{
    [Fact]
    public async Task Keys_are_stored_encrypted_and_only_an_app_with_the_certificate_reads_the_cookies_they_protect()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var first = new EboiAppFactory(db, seed: false);
        var cookie = await SignInAsync(first);

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
        Assert.Contains(HostPanelPaths.Login, refused.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task After_a_certificate_rotation_the_previous_certificate_still_reads_the_keys_it_encrypted()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var before = new EboiAppFactory(db, seed: false);
        var cookie = await SignInAsync(before);

        var rotated = TestCertificate.Create("eboi-test-rotated");
        await using var after = new EboiAppFactory(db, seed: false, host: b => b
            .UseSetting("Eboi:DataProtection:CertificatePath", rotated)
            .UseSetting("Eboi:DataProtection:PreviousCertificatePaths:0", TestCertificate.SharedPath));
        Assert.Equal(HttpStatusCode.OK, (await Get(after, cookie)).StatusCode);
    }

    private static async Task<string> SignInAsync(EboiAppFactory app)
    {
        var (login, password) = await Operators.CreateAsync(app);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var (signIn, _) = await FormPost.SubmitAsync(client, HostPanelPaths.Login, new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });
        return signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".eboi.operator=", StringComparison.Ordinal)).Split(';')[0];
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
