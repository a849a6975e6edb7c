using Eboi.Core.Validation;
using Eboi.Taxes.Import;
using Eboi.Taxes.Recipes;

namespace Eboi.Tests.Taxes;

/// <summary>The CSV layout of the staff import, the ';' reader under it, and the demo batch's account numbers.</summary>
public sealed class TaxImportCsvTests
{
    [Fact]
    public void The_reader_handles_quotes_separators_and_line_breaks_inside_quotes_and_reports_start_lines()
    {
        var rows = SemicolonCsv.Read("a;\"b;c\";\"d \"\"e\"\"\"\r\n\r\nf;\"g\nh\";\n# x;y\nlast").ToList();
        Assert.Equal([1, 3, 5, 6], rows.Select(r => r.Line));
        Assert.Equal(["a", "b;c", "d \"e\""], rows[0].Fields);
        Assert.Equal(["f", "g\nh", ""], rows[1].Fields);
        Assert.Equal(["last"], rows[3].Fields);
    }

    [Fact]
    public void Rows_become_records_and_a_bad_row_rejects_its_whole_card_or_decision_with_its_line()
    {
        var parsed = TaxImportCsv.Parse(string.Join("\n",
            "podatnik;P-1;Jan;85031512344;;ul. Polna",
            "karta;K-1;N/1;odpady;2026;30 1020 1026 0000 1702 0123 4567;P-1,P-2",
            "przedmiot;K-1;Dom;120,5;m2;;1,15;138,58",
            "karta;K-2;N/2;odpady;2026;x;P-1",
            "przedmiot;K-2;Dom;dużo;m2;;1,15;1",
            "decyzja;D-1;K-1;N/D/1;2026-02-10",
            "rata;D-1;1;15.03.2026;10,00",
            "wplata;W-1;K-1;2026-03-01;1 234,56;\"a;b\"",
            "inne;X"));
        Assert.Equal(["P-1", "P-2"], parsed.Batch.Cards!.Single().Obligors);
        Assert.Equal(138.58m, parsed.Batch.Cards!.Single().Subjects!.Single().Amount);
        Assert.Equal(120.5m, parsed.Batch.Cards!.Single().Subjects!.Single().Area);
        Assert.Empty(parsed.Batch.Decisions!);
        Assert.Equal(1234.56m, parsed.Batch.Operations!.Single().Amount);
        Assert.Equal("a;b", parsed.Batch.Operations!.Single().Title);
        Assert.Contains(parsed.Rejected, r => r.ExternalId == "K-2" && r.Reason.Contains("Wiersz 5") && r.Reason.Contains("dużo"));
        Assert.Contains(parsed.Rejected, r => r.ExternalId == "D-1" && r.Reason.Contains("Wiersz 7") && r.Reason.Contains("RRRR-MM-DD"));
        Assert.Contains(parsed.Rejected, r => r.Field == "wiersz 9" && r.Reason.Contains("nieznany typ"));
        Assert.Equal(3, parsed.Rejected.Count);
        Assert.Equal("wiersz 2, pole bankAccount", TaxImportCsv.WithLine(new("karta", "K-1", "cards[0].bankAccount", "x"), parsed.Lines).Field);
        Assert.Equal("wiersz 8, pole amount", TaxImportCsv.WithLine(new("operacja", "W-1", "operations[0].amount", "x"), parsed.Lines).Field);
    }

    [Fact]
    public void Only_utf8_text_starting_with_a_record_type_counts_as_an_import_file()
    {
        Assert.True(TaxImportCsv.LooksLikeImport(TaxImportCsv.DecodeUtf8("\uFEFF# komentarz\npodatnik;P-1;Jan"u8.ToArray())!));
        Assert.Null(TaxImportCsv.DecodeUtf8([0x89, 0x50, 0x4E, 0x47, 0xFF, 0x00]));
        Assert.False(TaxImportCsv.LooksLikeImport("id,name\n1,Jan"));
    }

    [Fact]
    public void The_demo_batch_has_valid_distinct_accounts_per_gmina_and_four_instalments_a_year()
    {
        var demo = new DemoTaxData.Demo("10201026", [new("Jan Kowalski", "78031203121", null, "ul. Lipowa 1"), new("Maria Kowalska", "80052304284", null, "ul. Lipowa 1"), new("Firma", null, "5210000003", "ul. Lipowa 1")]);
        var siedlec = DemoTaxData.Build("siedlec", demo, new DateOnly(2026, 11, 28));
        var kozy = DemoTaxData.Build("kozy", demo, new DateOnly(2026, 11, 28));
        Assert.All(siedlec.Cards!, c => Assert.True(PolishIds.IsValidNrb(c.BankAccount), c.BankAccount));
        Assert.Empty(siedlec.Cards!.Select(c => c.BankAccount).Intersect(kozy.Cards!.Select(c => c.BankAccount)));
        Assert.Equal(4, siedlec.Cards!.Count);
        Assert.All(siedlec.Decisions!, d => Assert.Equal([(3, 15), (5, 15), (9, 15), (11, 15)], d.Instalments!.Select(i => (i.DueDate!.Value.Month, i.DueDate.Value.Day))));
        Assert.All(siedlec.Operations!, o => Assert.True(o.Date <= new DateOnly(2026, 11, 28)));
        Assert.Equal("30102010260000170201234567", TaxImporter.NormalizeNrb("PL30 1020 1026 0000 1702 0123 4567"));
        Assert.Null(TaxImporter.NormalizeNrb("30 1020 1026 0000 1702 0123 4568"));
    }
}
