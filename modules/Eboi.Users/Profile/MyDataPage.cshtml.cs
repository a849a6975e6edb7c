using System.Text.Encodings.Web;
using System.Text.Json;
using Eboi.Users.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Users.Profile;

/// <summary>/konto/moje-dane: download the account's data as JSON (never cached).</summary>
[Authorize]
internal sealed class MyDataPageModel(UserManager<EboiUser> users, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var export = MyDataExport.Of(user, [.. await users.GetRolesAsync(user)], clock.GetUtcNow());
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json; charset=utf-8", "moje-dane-eboi.json");
    }
}
