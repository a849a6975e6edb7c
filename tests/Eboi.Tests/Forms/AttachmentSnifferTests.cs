using System.Text;
using Eboi.Forms.Domain;

namespace Eboi.Tests.Forms;

public sealed class AttachmentSnifferTests
{
    [Fact]
    public void Pdf_jpeg_and_png_are_known_by_their_bytes_whatever_the_name()
    {
        Assert.Same(AttachmentSniffer.Pdf, AttachmentSniffer.Sniff("%PDF-1.7\n"u8));
        Assert.Same(AttachmentSniffer.Jpeg, AttachmentSniffer.Sniff(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }));
        Assert.Same(AttachmentSniffer.Png, AttachmentSniffer.Sniff(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.Null(AttachmentSniffer.Sniff("MZ\x90\0"u8));
        Assert.Null(AttachmentSniffer.Sniff(Encoding.UTF8.GetBytes("<html><script>")));
    }

    [Fact]
    public void A_refusal_says_what_is_wrong_in_polish()
    {
        Assert.Equal("Plik musi być w formacie PDF, JPG albo PNG (skan dowodu)", AttachmentSniffer.Refusal("Skan dowodu", 10, "GIF89a"u8));
        Assert.Equal("Plik musi być mniejszy niż 10 MB (skan dowodu)", AttachmentSniffer.Refusal("Skan dowodu", FieldLimits.AttachmentMaxBytes + 1, "%PDF-"u8));
        Assert.Equal("Wybrany plik jest pusty (skan dowodu)", AttachmentSniffer.Refusal("Skan dowodu", 0, []));
        Assert.Null(AttachmentSniffer.Refusal("Skan dowodu", 100, "%PDF-1.4"u8));
    }
}
