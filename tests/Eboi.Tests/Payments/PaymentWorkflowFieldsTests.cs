using Eboi.Payments;
using Eboi.Payments.Workflow;

namespace Eboi.Tests.Payments;

/// <summary>"platnosci.oplacono" gives templates every declared field, and the payer as the person to tell.</summary>
public sealed class PaymentWorkflowFieldsTests
{
    [Fact]
    public void A_paid_payment_projects_every_field_and_the_payer()
    {
        var payer = Guid.NewGuid();
        var id = Guid.NewGuid();
        var e = new PaymentSucceeded(id, "P/2026/000007", "Taxes", payer, "jan@example.test",
            [new("rata:1", "Podatek od nieruchomości, rata 1", 1200m), new("rata:2", "Opłata za odpady, rata 1", 34.56m)],
            1234.56m, 1.5m, new DateTimeOffset(2026, 3, 16, 8, 30, 0, TimeSpan.Zero));

        var data = PaymentWorkflowFields.Project(e);

        Assert.Equal("jan@example.test", data.PersonEmail);
        Assert.Equal(new("platnosc", id.ToString("D")), data.Subject);
        Assert.Equal(PaymentWorkflowFields.Fields.Select(f => f.Name).Order(), data.Values.Keys.Order());
        Assert.Equal("P/2026/000007", data.Values["numer"]);
        Assert.Equal("1\u00A0234,56\u00A0zł", data.Values["kwota"]);
        Assert.Equal("1,50\u00A0zł", data.Values["prowizja"]);
        Assert.Equal("1\u00A0236,06\u00A0zł", data.Values["razem"]);
        Assert.Equal("Podatek od nieruchomości, rata 1, Opłata za odpady, rata 1", data.Values["tytul"]);
        Assert.Equal("- Podatek od nieruchomości, rata 1: 1\u00A0200,00\u00A0zł\n- Opłata za odpady, rata 1: 34,56\u00A0zł", data.Values["pozycje"]);
        Assert.Equal("16 marca 2026, 09:30", data.Values["data"]);
        Assert.Equal(payer.ToString("D"), data.Values["osoba"]);
        Assert.Equal("Taxes", data.Values["zrodlo"]);
    }
}
