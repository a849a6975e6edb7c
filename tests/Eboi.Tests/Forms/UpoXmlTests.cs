using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Eboi.Forms.Receipts;

namespace Eboi.Tests.Forms;

public sealed class UpoXmlTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 29, 9, 30, 0, TimeSpan.Zero);

    private static UpoData Data() => new(Guid.Parse("0190f1b2-0000-7000-8000-000000000001"), "Urząd Gminy Kozy", "kozy", "Urząd Gminy Kozy: Referat Podatków",
        "Anna Nowak", "PESEL", "44051401458", Received, Received, Guid.Parse("0190f1b2-0000-7000-8000-000000000002"), "Deklaracja o wysokości opłaty",
        "deklaracja-odpady, wersja 2", "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=",
        [new UpoAttachment("umowa.pdf", "application/pdf", 1234, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")]);

    private static X509Certificate2 Certificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Urząd Gminy Kozy", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var cert = request.CreateSelfSigned(Received.AddDays(-1), Received.AddYears(1));
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
    }

    [Fact]
    public void The_upo_has_the_upd_fields_in_the_crd_namespace()
    {
        var doc = UpoXml.Build(Data());
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("pos", "http://crd.gov.pl/xml/schematy/UPO/2008/05/09/");
        string At(string path) => doc.SelectSingleNode("/pos:Dokument/pos:UPD/" + path, ns)!.InnerText;
        Assert.Equal("0190f1b2-0000-7000-8000-000000000001", At("pos:IdentyfikatorPoswiadczenia"));
        Assert.Equal("Urząd Gminy Kozy", At("pos:PodmiotWystawiajacyPoswiadczenie/pos:Nazwa"));
        Assert.Equal("Urząd Gminy Kozy: Referat Podatków", At("pos:Adresat/pos:Nazwa"));
        Assert.Equal("Anna Nowak", At("pos:Nadawca/pos:Nazwa"));
        Assert.Equal("PESEL", doc.SelectSingleNode("//pos:Nadawca/pos:IdentyfikatorPodmiotu/@TypIdentyfikatora", ns)!.Value);
        Assert.Equal("2026-11-29T09:30:00Z", At("pos:DataOdbioru"));
        Assert.Equal("0190f1b2-0000-7000-8000-000000000002", At("pos:IdentyfikatorDokumentu"));
        Assert.Equal("n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=", At("pos:SkrotDokumentu"));
        Assert.Equal("http://www.w3.org/2001/04/xmlenc#sha256", doc.SelectSingleNode("//pos:UPD/pos:SkrotDokumentu/@AlgorytmSkrotu", ns)!.Value);
        Assert.Equal("umowa.pdf", At("pos:Zalaczniki/pos:Zalacznik/pos:NazwaPliku"));
        Assert.Equal("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", At("pos:Zalaczniki/pos:Zalacznik/pos:SkrotDokumentu"));
    }

    [Fact]
    public void A_signed_upo_verifies_with_its_certificate_and_not_after_one_changed_byte_or_with_another_key()
    {
        using var cert = Certificate();
        var xml = UpoXml.Sign(UpoXml.Build(Data()), cert);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", xml);
        Assert.Contains("<X509Certificate>", xml);
        Assert.Contains("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", xml);
        Assert.True(UpoXml.Verify(xml, cert));

        Assert.False(UpoXml.Verify(xml.Replace("Anna Nowak", "Anna Nowal"), cert));
        Assert.False(UpoXml.Verify(xml.Replace("2026-11-29T09:30:00Z", "2026-11-28T09:30:00Z"), cert));
        using var other = Certificate();
        Assert.False(UpoXml.Verify(xml, other));
    }

    [Fact]
    public void The_readable_view_reads_back_what_was_signed()
    {
        using var cert = Certificate();
        var summary = UpoSummary.From(UpoXml.Sign(UpoXml.Build(Data()), cert));
        Assert.Equal(("Anna Nowak", "44051401458", "deklaracja-odpady, wersja 2"), (summary.Sender, summary.SenderId, summary.FormReference));
        Assert.Equal("umowa.pdf", Assert.Single(summary.Files).Name);
        Assert.Equal("29 listopada 2026, 10:30", summary.ReceivedAt);
    }
}
