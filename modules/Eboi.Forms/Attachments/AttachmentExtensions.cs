using Eboi.Forms.Domain;

namespace Eboi.Forms.Attachments;

internal static class AttachmentExtensions
{
    public static SubmittedFile ToSubmittedFile(this FormAttachment a) => new(a.Id, a.Field, a.FileName, a.ContentType, a.Size, a.Sha256);
}
