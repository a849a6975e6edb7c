using System.Text;
using Eboi.Forms.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Eboi.Forms.Receipts;

/// <summary>The UPO as a file: its signed XML byte for byte (UTF-8), never reformatted.</summary>
internal static class UpoDownload
{
    public static FileContentResult Of(FormSubmission s) =>
        new(Encoding.UTF8.GetBytes(s.UpoXml), "application/xml") { FileDownloadName = $"UPO-{s.UpoId:D}.xml" };
}
