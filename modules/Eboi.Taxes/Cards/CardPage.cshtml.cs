using System.Security.Claims;
using Eboi.Core.Text;
using Eboi.Payments;
using Eboi.Taxes.Domain;
using Eboi.Taxes.Paying;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eboi.Taxes.Cards;

/// <summary>
/// /platnosci/karty/{numer}: one card of the signed-in citizen (404 for any card they are not an obligor of): its
/// instalments with filters and totals, co-obligated persons, subjects, decisions and operations; the ticked
/// instalments are paid online (Payments) or through a printed transfer form.
/// </summary>
[Authorize]
internal sealed class CardPageModel(MyCards myCards, CardLedger ledger, CardDetails details, TimeProvider clock, ILogger<CardPageModel> log) : PageModel
{
    /// <summary>The form field of the ticked instalments (also the error summary's anchor).</summary>
    public const string SelectionField = "Raty";

    public TaxCard Card { get; private set; } = null!;
    public IReadOnlyList<InstalmentLine> Lines { get; private set; } = [];
    public CardDetailsView Details { get; private set; } = null!;
    /// <summary>Payments in flight by instalment reference, whoever of the card's obligors pays them.</summary>
    public IReadOnlyDictionary<string, PaymentInFlight> InFlight { get; private set; } = new Dictionary<string, PaymentInFlight>();
    public DateOnly Today { get; private set; }

    /// <summary>Whether online payment is offered (the gateway is configured in this installation).</summary>
    public bool OnlineAvailable { get; private set; }

    [BindProperty(SupportsGet = true, Name = "filtr")]
    public string? Filter { get; set; }

    [BindProperty(Name = SelectionField)]
    public List<Guid> Selected { get; set; } = [];

    /// <summary>Generated when the page renders: the same key for a double click or a retried POST makes one payment.</summary>
    [BindProperty(Name = "Klucz")]
    public string? IdempotencyKey { get; set; }

    public string ActiveFilter => CardFilter.Normalize(Filter);
    public IEnumerable<InstalmentLine> Shown => CardFilter.Apply(Lines, ActiveFilter);
    public bool CanTick(InstalmentLine line) => !line.IsPaid && !InFlight.ContainsKey(line.ItemRef);
    public bool IsInFlight(InstalmentLine line) => !line.IsPaid && InFlight.ContainsKey(line.ItemRef);

    /// <summary>The payment in flight for this instalment when the viewer pays it (its return page lets them check or cancel it).</summary>
    public Guid? MyPaymentInFlight(InstalmentLine line) =>
        InFlight.TryGetValue(line.ItemRef, out var p) && p.PayerUserId == UserId() ? p.PaymentId : null;

    public async Task<IActionResult> OnGetAsync(string numer, CancellationToken ct)
    {
        if (!await LoadAsync(numer, ct)) return NotFound();
        // The oldest unpaid instalment is suggested (OP art. 62: payments go to the earliest due first).
        if (Lines.FirstOrDefault(CanTick) is { } oldest) Selected = [oldest.Id];
        IdempotencyKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostOnlineAsync(string numer, CancellationToken ct)
    {
        if (!await LoadAsync(numer, ct)) return NotFound();
        var chosen = Chosen();
        if (chosen.Count == 0) return Invalid();
        var payments = HttpContext.RequestServices.GetService<IOnlinePayments>();
        var citizen = (await myCards.AccessAsync(User, ct)).Citizen!;
        if (payments is null || !OnlineAvailable || string.IsNullOrEmpty(citizen.Email)) return Failed();
        var key = IdempotencyKey is { Length: > 0 and <= 100 } k ? k : Guid.NewGuid().ToString("N");
        try
        {
            var start = await payments.StartAsync(InstalmentPaymentOrder.Build(Card, chosen, citizen.UserId, citizen.Email, key), ct);
            return Redirect(start.RedirectUrl.ToString());
        }
        catch (PaymentUnavailableException e)
        {
            log.LogWarning(e, "Online payment of card {Card} could not be started", Card.Number);
            return Failed(e.Message);
        }
    }

    public async Task<IActionResult> OnPostTransferAsync(string numer, CancellationToken ct)
    {
        if (!await LoadAsync(numer, ct)) return NotFound();
        var chosen = Chosen();
        if (chosen.Count == 0) return Invalid();
        return Redirect(Url.Content("~" + TaxesPaths.Transfer(Card.Number, chosen.Select(l => l.Id))));
    }

    private List<InstalmentLine> Chosen() => Lines.Where(l => Selected.Contains(l.Id) && CanTick(l)).ToList();

    private PageResult Invalid()
    {
        ModelState.AddModelError(SelectionField, "Zaznacz co najmniej jedną nieopłaconą ratę.");
        return Page();
    }

    private PageResult Failed(string? why = null)
    {
        ModelState.AddModelError("", why ?? "Nie udało się rozpocząć płatności online. Spróbuj ponownie za kilka minut albo zapłać przelewem (przycisk „Formularz przelewu”).");
        return Page();
    }

    private Guid UserId() => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    private async Task<bool> LoadAsync(string numer, CancellationToken ct)
    {
        var number = CardNumbers.FromRoute(numer);
        var access = await myCards.AccessAsync(User, ct);
        if (!access.IsLinked || await myCards.CardAsync(access, number, ct) is not { } card) return false;
        Card = card;
        Today = PolishTime.DateOf(clock.GetUtcNow());
        Lines = await ledger.LinesAsync(card.Id, Today, ct);
        Details = await details.ForAsync(card, ct);
        var payments = HttpContext.RequestServices.GetService<IOnlinePayments>();
        if (payments is not null)
        {
            var inFlight = await payments.InFlightAsync(TaxesModule.ModuleName, Lines.Select(l => l.ItemRef).ToList(), ct);
            InFlight = inFlight.GroupBy(p => p.ItemRef).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            OnlineAvailable = await payments.OfferOnlineAsync(Response, ct);
        }
        return true;
    }
}
