using Eboi.Core.Data;
using Eboi.Payments.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Payments.Fees;

/// <summary>/platnosci/tabela-oplat: the tenant's fee table, public, so a citizen knows the commission before paying.</summary>
internal sealed class FeeTablePageModel(EboiDbContext db) : PageModel
{
    public IReadOnlyList<FeeRule> Rules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rules = (await db.Set<PaymentSettings>().AsNoTracking().Select(s => s.Fees).FirstOrDefaultAsync(ct)) ?? [];

    /// <summary>"0,5% kwoty, nie mniej niż 0,50 zł", "bez prowizji".</summary>
    public static string Describe(FeeRule rule) => (rule.Percent, rule.Minimum) switch
    {
        (0, 0) => "bez prowizji",
        (0, var min) => $"{min.ToString("N2", Core.Text.PolishTime.Culture)} zł",
        (var p, 0) => $"{p.ToString("0.##", Core.Text.PolishTime.Culture)}% kwoty",
        var (p, min) => $"{p.ToString("0.##", Core.Text.PolishTime.Culture)}% kwoty, nie mniej niż {min.ToString("N2", Core.Text.PolishTime.Culture)} zł",
    };
}
