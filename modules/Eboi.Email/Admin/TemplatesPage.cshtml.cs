using Eboi.Core.Security;
using Eboi.Email.Templates;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eboi.Email.Admin;

/// <summary>/admin/szablony: the tenant's e-mail templates, default or customised.</summary>
[RequirePermission(EmailPermissions.Templates)]
internal sealed class TemplatesPageModel(EmailTemplateService templates) : PageModel
{
    public IReadOnlyList<EmailTemplateView> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Templates = await templates.ListAsync(ct);
}
