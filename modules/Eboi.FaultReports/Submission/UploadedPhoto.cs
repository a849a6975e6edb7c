namespace Eboi.FaultReports.Submission;

/// <summary>A photo as received (bytes and the name the browser gave, used only in messages).</summary>
internal sealed record UploadedPhoto(string FileName, byte[] Content);
