using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Eboi.Forms;
using Eboi.Forms.Receipts;
using Eboi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Eboi.IntegrationTests.Forms.FormsFlow;

namespace Eboi.IntegrationTests.Forms;

/// <summary>
/// The UPO is signed with the gmina's own key: xmlsec1 (an independent XMLDSig implementation) verifies the downloaded
/// file against the gmina's certificate, and one changed byte of the UPO, or of the submitted document it certifies, breaks it.
/// </summary>
public sealed class UpoSignatureTests : FreshAppTest
{
    [Fact]
    public async Task Xmlsec1_verifies_the_upo_and_one_changed_byte_of_the_upo_or_the_document_breaks_it()
    {
        var (client, _) = await VerifiedClientAsync(App);
        var submission = await SubmitPublicInfoAsync(client, [("zalacznik", "umowa.pdf", Pdf)]);
        var upo = await client.GetByteArrayAsync(submission + "/upo.xml");

        var (certificate, document) = await InTenantAsync(App, Gmina, async (_, services) =>
        {
            var cert = await services.GetRequiredService<UpoKeys>().CertificateAsync(default);
            var sent = await services.GetRequiredService<SubmittedForms>().GetAsync(IdOf(submission));
            return (cert!, sent!);
        });
        // The siedlec gmina's key is its own: it does not verify kozy's UPO.
        var (other, _) = await VerifiedClientAsync(App, "siedlec");
        var otherUpo = await other.GetByteArrayAsync(await SubmitPublicInfoAsync(other, gmina: "siedlec") + "/upo.xml");

        var dir = Directory.CreateTempSubdirectory("upo-");
        try
        {
            var pem = Path.Combine(dir.FullName, "kozy.pem");
            await File.WriteAllTextAsync(pem, certificate.ExportCertificatePem());
            Assert.Equal(0, await Xmlsec1Async(dir, pem, upo));

            var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(upo).Replace("<pos:NazwaPliku>umowa.pdf", "<pos:NazwaPliku>umowb.pdf"));
            Assert.Equal(upo.Length, tampered.Length);
            Assert.Equal(1, upo.Zip(tampered).Count(p => p.First != p.Second));
            Assert.NotEqual(0, await Xmlsec1Async(dir, pem, tampered));
            Assert.NotEqual(0, await Xmlsec1Async(dir, pem, otherUpo));
        }
        finally
        {
            dir.Delete(recursive: true);
        }

        // The UPO certifies the document's SHA-256: the stored document matches it; one changed byte does not.
        var certified = UpoXml.Read(Encoding.UTF8.GetString(upo), "SkrotDokumentu");
        var bytes = Encoding.UTF8.GetBytes(document.Document);
        Assert.Equal(certified, Convert.ToBase64String(SHA256.HashData(bytes)));
        Assert.Equal(document.DocumentSha256, certified);
        bytes[bytes.Length / 2] ^= 0x01;
        Assert.NotEqual(certified, Convert.ToBase64String(SHA256.HashData(bytes)));
        Assert.Contains("\"tresc\"", document.Document);
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(Pdf)), Assert.Single(document.Files).Sha256);
    }

    // xmlsec1 checks the enveloped signature and that the certificate in KeyInfo is the trusted one given.
    private static async Task<int> Xmlsec1Async(DirectoryInfo dir, string trustedPem, byte[] xml)
    {
        var file = Path.Combine(dir.FullName, $"{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(file, xml);
        var start = new ProcessStartInfo("xmlsec1") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--verify", "--trusted-pem", trustedPem, file }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
