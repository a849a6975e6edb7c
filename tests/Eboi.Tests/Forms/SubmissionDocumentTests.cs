using System.Text.Json;
using Eboi.Forms.Domain;
using Eboi.Forms.Submitting;

namespace Eboi.Tests.Forms;

public sealed class SubmissionDocumentTests
{
    private static readonly FormDefinition Form = new(Guid.Empty, 3, "deklaracja-odpady", "Deklaracja", new FormContent
    {
        Department = "Referat Podatków",
        Fields =
        [
            new() { Name = "imie", Kind = FieldKind.Text, Label = "Imię i nazwisko" },
            new() { Name = "adres", Kind = FieldKind.Address, Label = "Adres" },
            new() { Name = "skan", Kind = FieldKind.Attachment, Label = "Skan" },
            new() { Name = "uwagi", Kind = FieldKind.LongText, Label = "Uwagi" },
        ],
    });

    [Fact]
    public void The_document_lists_every_answer_in_page_order_with_polish_letters_kept_and_the_files_digests()
    {
        var answers = new Dictionary<string, string> { ["imie"] = "Zażółć Gęślą", ["adres.numer"] = "5", ["adres.kod"] = "34-325", ["adres.miejscowosc"] = "Kozy" };
        var file = new FormAttachment { Field = "skan", FileName = "a.pdf", ContentType = "application/pdf", Size = 10, Sha256 = "abc=" };
        var at = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(1));
        var text = SubmissionDocument.Write(Guid.Parse("0190f1b2-0000-7000-8000-000000000002"), Form, at, new("Zażółć Gęślą", "z@example.test", "44051401458", null), answers, [file]);
        Assert.Contains("\"Zażółć Gęślą\"", text);
        Assert.Equal(text, SubmissionDocument.Write(Guid.Parse("0190f1b2-0000-7000-8000-000000000002"), Form, at, new("Zażółć Gęślą", "z@example.test", "44051401458", null), answers, [file]));
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("2026-11-29T09:00:00Z", root.GetProperty("dataOdbioru").GetString());
        Assert.Equal(3, root.GetProperty("formularz").GetProperty("wersja").GetInt32());
        var rows = root.GetProperty("odpowiedzi").EnumerateArray().ToList();
        Assert.Equal(["imie", "adres", "uwagi"], rows.Select(r => r.GetProperty("pole").GetString()));
        Assert.Equal("34-325", rows[1].GetProperty("wartosc").GetProperty("kod").GetString());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("wartosc").ValueKind);
        Assert.Equal("abc=", root.GetProperty("zalaczniki")[0].GetProperty("sha256").GetString());
        Assert.Equal(44, SubmissionDocument.Sha256(text).Length);
    }
}
