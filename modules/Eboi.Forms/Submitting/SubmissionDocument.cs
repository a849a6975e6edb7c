using System.Text.Encodings.Web;
using System.Text.Json;
using Eboi.Forms.Domain;

namespace Eboi.Forms.Submitting;

/// <summary>
/// The submitted document: one compact UTF-8 JSON text with the form (slug, title, version), the sender, the addressee,
/// every answer in page order (label and value) and the attached files with their digests. Written once and stored
/// byte for byte; its SHA-256 is what the UPO certifies.
/// </summary>
internal static class SubmissionDocument
{
    public sealed record Sender(string Name, string Email, string? Pesel, string? Nip);

    public static string Write(Guid id, FormDefinition form, DateTimeOffset receivedAt, Sender sender, IReadOnlyDictionary<string, string> answers,
        IReadOnlyList<FormAttachment> files)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("identyfikator", id.ToString("D"));
            w.WriteStartObject("formularz");
            w.WriteString("slug", form.Slug);
            w.WriteString("tytul", form.Title);
            w.WriteNumber("wersja", form.Version);
            w.WriteEndObject();
            w.WriteString("dataOdbioru", receivedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteStartObject("nadawca");
            w.WriteString("nazwa", sender.Name);
            w.WriteString("email", sender.Email);
            if (sender.Pesel is not null) w.WriteString("pesel", sender.Pesel);
            if (sender.Nip is not null) w.WriteString("nip", sender.Nip);
            w.WriteEndObject();
            w.WriteString("adresat", form.Content.Department);
            w.WriteStartArray("odpowiedzi");
            foreach (var f in form.Fields.Where(f => f.Kind != FieldKind.Attachment))
            {
                w.WriteStartObject();
                w.WriteString("pole", f.Name);
                w.WriteString("etykieta", f.Label);
                if (f.Kind == FieldKind.Address)
                {
                    w.WriteStartObject("wartosc");
                    foreach (var (part, _, _) in AddressParts.All)
                        if (answers.TryGetValue(AddressParts.Key(f.Name, part), out var v)) w.WriteString(part, v);
                    w.WriteEndObject();
                }
                else if (answers.TryGetValue(f.Name, out var value)) w.WriteString("wartosc", value);
                else w.WriteNull("wartosc");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("zalaczniki");
            foreach (var a in files)
            {
                w.WriteStartObject();
                w.WriteString("pole", a.Field);
                w.WriteString("nazwa", a.FileName);
                w.WriteString("typ", a.ContentType);
                w.WriteNumber("rozmiar", a.Size);
                w.WriteString("sha256", a.Sha256);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Sha256(string document) => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document)));
}
