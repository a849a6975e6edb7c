using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Eboi.Users.Web;

/// <summary>Absolute links sent by e-mail (activation, reset, invitation) with the Identity token URL-safe encoded.</summary>
internal static class AccountLinks
{
    public static string WithToken(string portalBase, string path, Guid userId, string token) =>
        $"{portalBase.TrimEnd('/')}{path}?u={userId:N}&t={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";

    /// <summary>Decodes a token from a link; null when it is not valid Base64Url.</summary>
    public static string? DecodeToken(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded)) return null;
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded)); }
        catch (FormatException) { return null; }
    }
}
