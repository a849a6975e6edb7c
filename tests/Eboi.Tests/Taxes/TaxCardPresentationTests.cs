using Eboi.Core.Tenancy;
using Eboi.Core.Text;
using Eboi.Taxes;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Eboi.Taxes.Paying;
using Eboi.Taxes.Transfer;

namespace Eboi.Tests.Taxes;

/// <summary>Money text, the transfer form's choice of instalments and title, and the online order built from ticked instalments.</summary>
public sealed class TaxCardPresentationTests
{
    private static readonly TaxCard Card = new() { Id = Guid.NewGuid(), Number = "N/2026/0042", Kind = TaxCardKind.PodatekOdNieruchomosci, BankAccount = "PL02 1090 1014 1234 5678 0000 0042", Year = 2026 };

    private static InstalmentLine Line(int number, DateOnly due, decimal amount, decimal interest = 0, decimal paid = 0) =>
        new(Guid.NewGuid(), "Podatek od nieruchomości", 2026, number, due, amount, interest, paid, amount - paid);

    [Theory]
    [InlineData(1234.56, "1 234,56 zł")]
    [InlineData(0, "0,00 zł")]
    [InlineData(1234567.5, "1 234 567,50 zł")]
    [InlineData(87, "87,00 zł")]
    public void Money_is_written_the_Polish_way_with_no_break_spaces(double amount, string expected) =>
        Assert.Equal(expected, MoneyFormat.Zloty((decimal)amount).Replace('\u00a0', ' '));

    [Fact]
    public void The_transfer_form_takes_the_requested_unpaid_instalments_else_everything_due_else_the_next_one()
    {
        var today = new DateOnly(2026, 5, 20);
        var paid = Line(1, new DateOnly(2026, 3, 16), 100m, paid: 100m);
        var overdue = Line(2, new DateOnly(2026, 5, 15), 100m, interest: 0m);
        var next = Line(3, new DateOnly(2026, 9, 15), 100m);
        var last = Line(4, new DateOnly(2026, 11, 16), 100m);
        InstalmentLine[] lines = [paid, overdue, next, last];

        Assert.Equal([overdue], TransferSlip.Select(lines, null, today));
        Assert.Equal([next, last], TransferSlip.Select(lines, $"{next.Id:N},{last.Id:N},{paid.Id:N},nonsense", today));
        // Nothing due yet: the next unpaid instalment.
        Assert.Equal([overdue], TransferSlip.Select(lines, null, new DateOnly(2026, 5, 10)));
        Assert.Empty(TransferSlip.Select([paid], null, today));
    }

    [Fact]
    public void The_slip_names_the_gmina_the_card_and_its_instalments_and_its_QR_payload_carries_them()
    {
        var tenant = new TenantInfo(Guid.NewGuid(), "pulawy", "Gmina Puławy", "Urząd Gminy Puławy", "Pulawy", true, new HashSet<string>(), [],
            new TenantProfile { Address = new OfficeAddress { Street = "ul. Dęblińska 4", PostalCode = "24-100", City = "Puławy" } });
        InstalmentLine[] lines = [Line(1, new DateOnly(2026, 3, 16), 250.25m), Line(2, new DateOnly(2026, 5, 15), 100m, interest: 9m)];

        var slip = TransferSlip.For(tenant, Card, lines);

        Assert.Equal("Urząd Gminy Puławy", slip.RecipientName);
        Assert.Equal("ul. Dęblińska 4, 24-100 Puławy", slip.RecipientAddress);
        Assert.Equal("N/2026/0042 1/2026 2/2026", slip.Title);
        Assert.Equal(359.25m, slip.Amount);
        Assert.Equal("|PL|02109010141234567800000042|035925|Gmina Puławy|N/2026/0042 1/2026 2/2026|||", slip.QrPayload);
    }

    [Fact]
    public void The_online_order_has_a_line_per_instalment_for_principal_and_interest_and_returns_to_the_card()
    {
        var payer = Guid.NewGuid();
        InstalmentLine[] lines = [Line(1, new DateOnly(2026, 3, 16), 250.25m, interest: 12m), Line(2, new DateOnly(2026, 5, 15), 100m)];

        var order = InstalmentPaymentOrder.Build(Card, lines, payer, "jan@example.test", "klucz-1");

        Assert.Equal((TaxesModule.ModuleName, payer, "jan@example.test", "klucz-1", TaxesPaths.Card(Card.Number)),
            (order.Source, order.PayerUserId, order.PayerEmail, order.IdempotencyKey, order.ReturnPath));
        Assert.Equal([(InstalmentRefs.For(lines[0].Id), 262.25m), (InstalmentRefs.For(lines[1].Id), 100m)], order.Lines.Select(l => (l.ItemRef, l.Amount)));
        Assert.Equal("Karta N/2026/0042, rata 1/2026", order.Lines[0].Title);
        Assert.Contains("karta N/2026/0042: rata 1/2026, rata 2/2026", order.Description);
        Assert.Throws<ArgumentException>(() => InstalmentPaymentOrder.Build(Card, [], payer, "jan@example.test", "k"));
        Assert.Throws<ArgumentException>(() => InstalmentPaymentOrder.Build(Card, [Line(3, new DateOnly(2026, 9, 15), 100m, paid: 100m)], payer, "jan@example.test", "k"));
    }

    [Fact]
    public void Instalment_refs_round_trip_and_reject_anything_else()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, InstalmentRefs.Parse(InstalmentRefs.For(id)));
        Assert.Null(InstalmentRefs.Parse("oplata:" + id.ToString("N")));
        Assert.Null(InstalmentRefs.Parse("rata:nie-guid"));
    }
}
