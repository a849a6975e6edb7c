using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;

namespace Eboi.Forms.Receipts;

/// <summary>
/// Builds the UPO (Urzędowe Poświadczenie Odbioru) in the shape of ePUAP's UPD (standards.md §10: namespace
/// http://crd.gov.pl/xml/schematy/UPO/2008/05/09/, pos:Dokument/pos:UPD) and signs it XMLDSig enveloped (RSA-SHA256,
/// exclusive C14N, the certificate in KeyInfo). Checks a signature the same way. Pure apart from the key given.
/// </summary>
internal static class UpoXml
{
    public const string Namespace = "http://crd.gov.pl/xml/schematy/UPO/2008/05/09/";
    public const string Prefix = "pos";
    public const string DigestAlgorithm = "http://www.w3.org/2001/04/xmlenc#sha256";

    /// <summary>The unsigned UPO as an XML document (whitespace preserved: it is part of what gets signed).</summary>
    public static XmlDocument Build(UpoData u)
    {
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            w.WriteStartElement(Prefix, "Dokument", Namespace);
            w.WriteStartElement(Prefix, "UPD", Namespace);
            Element(w, "IdentyfikatorPoswiadczenia", u.UpoId.ToString("D"));
            Party(w, "PodmiotWystawiajacyPoswiadczenie", u.IssuerName, "eBOI", u.IssuerId);
            Party(w, "Adresat", u.AddresseeName, "eBOI", u.IssuerId);
            Party(w, "Nadawca", u.SenderName, u.SenderIdType, u.SenderId);
            Element(w, "DataOdbioru", Time(u.ReceivedAt));
            Element(w, "DataUtworzeniaPoswiadczenia", Time(u.CreatedAt));
            Element(w, "IdentyfikatorDokumentu", u.DocumentId.ToString("D"));
            Element(w, "NazwaDokumentu", u.DocumentTitle);
            Digest(w, u.DocumentSha256);
            if (u.Attachments.Count > 0)
            {
                w.WriteStartElement(Prefix, "Zalaczniki", Namespace);
                foreach (var a in u.Attachments)
                {
                    w.WriteStartElement(Prefix, "Zalacznik", Namespace);
                    Element(w, "NazwaPliku", a.FileName);
                    Element(w, "TypPliku", a.ContentType);
                    Element(w, "Rozmiar", a.Size.ToString(CultureInfo.InvariantCulture));
                    Digest(w, a.Sha256);
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteStartElement(Prefix, "InformacjaUzupelniajaca", Namespace);
            w.WriteAttributeString("TypInformacjiUzupelniajacej", "Formularz");
            w.WriteString(u.FormReference);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }
        var doc = new XmlDocument { PreserveWhitespace = true };
        doc.LoadXml(text.ToString());
        return doc;
    }

    /// <summary>Signs the UPO in place with the tenant's key and returns it as UTF-8 XML text with its declaration.</summary>
    public static string Sign(XmlDocument doc, X509Certificate2 certificate)
    {
        using var key = certificate.GetRSAPrivateKey() ?? throw new InvalidOperationException("The UPO certificate has no RSA private key.");
        var signed = new SignedXml(doc) { SigningKey = key };
        signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        signed.SignedInfo.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(certificate));
        signed.KeyInfo = keyInfo;
        signed.ComputeSignature();
        doc.DocumentElement!.AppendChild(doc.ImportNode(signed.GetXml(), true));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doc.OuterXml;
    }

    /// <summary>True when the UPO's enveloped signature is intact and made with <paramref name="certificate"/>'s key.</summary>
    public static bool Verify(string xml, X509Certificate2 certificate)
    {
        var doc = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            doc.LoadXml(xml);
        }
        catch (XmlException)
        {
            return false;
        }
        var nodes = doc.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl);
        if (nodes.Count != 1) return false;
        var signed = new SignedXml(doc);
        signed.LoadXml((XmlElement)nodes[0]!);
        return signed.CheckSignature(certificate, verifySignatureOnly: true);
    }

    /// <summary>The value of one pos: element of the UPD (for display), or null.</summary>
    public static string? Read(string xml, string element)
    {
        var doc = new XmlDocument { XmlResolver = null };
        doc.LoadXml(xml);
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace(Prefix, Namespace);
        return doc.SelectSingleNode($"/{Prefix}:Dokument/{Prefix}:UPD/{Prefix}:{element}", ns)?.InnerText;
    }

    private static void Party(XmlWriter w, string name, string display, string? idType, string? id)
    {
        w.WriteStartElement(Prefix, name, Namespace);
        Element(w, "Nazwa", display);
        if (id is { Length: > 0 })
        {
            w.WriteStartElement(Prefix, "IdentyfikatorPodmiotu", Namespace);
            if (idType is not null) w.WriteAttributeString("TypIdentyfikatora", idType);
            w.WriteString(id);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Digest(XmlWriter w, string base64)
    {
        w.WriteStartElement(Prefix, "SkrotDokumentu", Namespace);
        w.WriteAttributeString("AlgorytmSkrotu", DigestAlgorithm);
        w.WriteString(base64);
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, string value) => w.WriteElementString(Prefix, name, Namespace, value);

    private static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
