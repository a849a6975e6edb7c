using System.Text;
using Eboi.Cases.Domain;

namespace Eboi.Tests.Cases;

/// <summary>Document files are PDFs by content (header and end marker) within the size limit; names are made safe.</summary>
public sealed class PdfFileTests
{
    [Fact]
    public void The_generated_demo_pdf_is_accepted()
    {
        var pdf = SimplePdf.Create(["Decyzja", "Zażółć gęślą jaźń"]);

        Assert.Null(PdfFile.Check(pdf, "decyzja.pdf"));
        Assert.StartsWith("%PDF-1.4", Encoding.ASCII.GetString(pdf));
    }

    [Fact]
    public void The_xref_offsets_of_the_generated_pdf_point_at_its_objects()
    {
        var pdf = Encoding.ASCII.GetString(SimplePdf.Create(["Test"]));
        var xref = int.Parse(pdf[(pdf.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0]);
        Assert.StartsWith("xref", pdf[xref..]);
        var entries = pdf[xref..].Split('\n').Skip(3).Take(5).Select(l => int.Parse(l[..10])).ToList();
        for (var i = 0; i < entries.Count; i++) Assert.StartsWith($"{i + 1} 0 obj", pdf[entries[i]..]);
    }

    [Theory]
    [InlineData("GIF89a....%%EOF")]
    [InlineData("<html>%PDF-1.4 %%EOF")]
    [InlineData("%PDF-9.9\n%%EOF")]
    [InlineData("%PDF-1.4\n1 0 obj")]    // cut off: no end marker
    public void Content_that_is_not_a_whole_pdf_is_refused_with_a_reason(string content)
    {
        var reason = PdfFile.Check(Encoding.ASCII.GetBytes(content), "skan.pdf");

        Assert.NotNull(reason);
        Assert.Contains("skan.pdf", reason);
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused()
    {
        Assert.Contains("pusty", PdfFile.Check([], "a.pdf"));
        var big = new byte[PdfFile.MaxBytes + 1];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(big, 0);
        Encoding.ASCII.GetBytes("%%EOF").CopyTo(big, big.Length - 6);
        Assert.Contains("dozwolone najwyżej 10 MB", PdfFile.Check(big, "a.pdf"));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("C:\\skany\\decyzja.PDF", "decyzja.PDF")]
    [InlineData("", "dokument.pdf")]
    [InlineData(null, "dokument.pdf")]
    [InlineData("pismo \"1\".pdf", "pismo 1.pdf")]
    public void Download_names_have_no_path_and_end_in_pdf(string? given, string expected) => Assert.Equal(expected, PdfFile.SafeName(given));
}
