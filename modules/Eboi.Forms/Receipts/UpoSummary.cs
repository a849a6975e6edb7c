using System.Xml;

namespace Eboi.Forms.Receipts;

/// <summary>An issued UPO read back for its readable (print) view: the values exactly as signed.</summary>
internal sealed record UpoSummary(string Id, string Issuer, string Addressee, string Sender, string? SenderIdType, string? SenderId, string ReceivedAt,
    string DocumentId, string DocumentTitle, string DocumentDigest, IReadOnlyList<(string Name, string Type, string Size, string Digest)> Files, string FormReference)
{
    public static UpoSummary From(string xml)
    {
        var doc = new XmlDocument { XmlResolver = null };
        doc.LoadXml(xml);
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("p", UpoXml.Namespace);
        var upd = doc.SelectSingleNode("/p:Dokument/p:UPD", ns)!;
        string Get(string path) => upd.SelectSingleNode(path, ns)?.InnerText ?? "";
        var senderId = upd.SelectSingleNode("p:Nadawca/p:IdentyfikatorPodmiotu", ns);
        var received = DateTimeOffset.TryParse(Get("p:DataOdbioru"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t)
            ? Core.Text.PolishTime.Format(t) : Get("p:DataOdbioru");
        var files = upd.SelectNodes("p:Zalaczniki/p:Zalacznik", ns)!.Cast<XmlNode>()
            .Select(z => (z.SelectSingleNode("p:NazwaPliku", ns)!.InnerText, z.SelectSingleNode("p:TypPliku", ns)!.InnerText,
                z.SelectSingleNode("p:Rozmiar", ns)!.InnerText, z.SelectSingleNode("p:SkrotDokumentu", ns)!.InnerText)).ToList();
        return new(Get("p:IdentyfikatorPoswiadczenia"), Get("p:PodmiotWystawiajacyPoswiadczenie/p:Nazwa"), Get("p:Adresat/p:Nazwa"), Get("p:Nadawca/p:Nazwa"),
            senderId?.Attributes?["TypIdentyfikatora"]?.Value, senderId?.InnerText, received, Get("p:IdentyfikatorDokumentu"), Get("p:NazwaDokumentu"),
            Get("p:SkrotDokumentu"), files, Get("p:InformacjaUzupelniajaca"));
    }
}
