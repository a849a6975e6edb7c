using Eboi.Core.Events;
using Eboi.Payments;
using Eboi.Taxes;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Eboi.Taxes.Settlement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>
/// The ledger and the settlement on the real database: payments allocated per domain-pl.md §6.5 (oldest first, targeted
/// lines to their instalment, proportional split, overpayment kept), and a PaymentSucceeded delivered twice recorded once.
/// </summary>
public sealed class TaxSettlementTests(TaxesApp app) : IClassFixture<TaxesApp>
{
    private const string Gmina = "pulawy";
    private static readonly DateOnly FirstDue = new(2025, 3, 17);
    private static readonly DateOnly SecondDue = new(2025, 9, 15);

    [Fact]
    public async Task An_untargeted_payment_goes_to_the_oldest_instalment_split_between_arrears_and_interest_and_the_ledger_replays_it()
    {
        var card = await TaxCardSeed.CardAsync(app, Gmina, null, (FirstDue, 1000m), (SecondDue, 500m));

        await TaxCardSeed.AddImportedPaymentAsync(app, Gmina, card.CardId, new DateOnly(2025, 5, 20), 500m, "Wpłata w kasie");
        Assert.Equal([(card.Instalments[0], 487.80m, 12.20m)], await AllocationsAsync(card.CardId));

        var lines = await LinesAsync(card.CardId, new DateOnly(2025, 9, 20));
        // 12,80 zł of interest stays fixed; 512,20 zł accrues 23 zł more to 2025-09-20 (InstalmentBalanceTests).
        Assert.Equal((512.20m, 35.80m, 500.00m, false), (lines[0].Outstanding, lines[0].Interest, lines[0].Paid, lines[0].IsPaid));
        // Five days late at 12,5% on 500 zł is under a złoty: nothing charged.
        Assert.Equal((500m, 0m, 0m), (lines[1].Outstanding, lines[1].Interest, lines[1].Paid));

        // 1 100 zł covers the first (548 zł with interest) then the second; 52 zł stays an overpayment.
        await TaxCardSeed.AddImportedPaymentAsync(app, Gmina, card.CardId, new DateOnly(2025, 9, 20), 1100m, "Przelew");
        var after = await LinesAsync(card.CardId, new DateOnly(2025, 12, 31));
        Assert.All(after, l => Assert.True(l.IsPaid, $"rata {l.Number}: {l.Outstanding} + {l.Interest}"));
        Assert.Equal(1048m, after[0].Paid);
        Assert.Equal(500m, after[1].Paid);
        var allocations = await AllocationsAsync(card.CardId);
        Assert.Equal(1600m - 52m, allocations.Sum(a => a.ToArrears + a.ToInterest));
    }

    [Fact]
    public async Task A_targeted_amount_goes_to_its_instalment_even_when_an_older_one_is_unpaid()
    {
        var card = await TaxCardSeed.CardAsync(app, Gmina, null, (FirstDue, 1000m), (SecondDue, 500m));

        await app.InTenantAsync(Gmina, async (db, services) =>
        {
            var operation = NewOperation(db.TenantId!.Value, card.CardId, new DateOnly(2025, 9, 10), 300m);
            await services.GetRequiredService<InstalmentSettler>().SettleAsync(operation, [(card.Instalments[1], 300m)], default);
            await db.SaveChangesAsync();
            return true;
        });

        Assert.Equal([(card.Instalments[1], 300m, 0m)], await AllocationsAsync(card.CardId));
        var lines = await LinesAsync(card.CardId, new DateOnly(2025, 9, 10));
        Assert.Equal((1000m, 0m), (lines[0].Outstanding, lines[0].Paid));
        Assert.Equal((200m, 300m), (lines[1].Outstanding, lines[1].Paid));
    }

    [Fact]
    public async Task The_same_PaymentSucceeded_delivered_twice_records_one_operation_and_one_allocation_per_line()
    {
        var card = await TaxCardSeed.CardAsync(app, Gmina, null, (FirstDue, 1000m), (SecondDue, 500m));
        var paidAt = new DateTimeOffset(2025, 5, 20, 8, 0, 0, TimeSpan.Zero);
        var e = new PaymentSucceeded(Guid.NewGuid(), "P/2025/000777", TaxesModule.ModuleName, Guid.NewGuid(), "jan@example.test",
            [new PaymentLine(InstalmentRefs.For(card.Instalments[0]), "rata 1/2025", 1025m), new PaymentLine(InstalmentRefs.For(card.Instalments[1]), "rata 2/2025", 500m)],
            1525m, 0m, paidAt);
        var foreign = e with { PaymentId = Guid.NewGuid(), Source = "Inny" };

        // Two deliveries of the same payment (the outbox runs a handler at least once), plus another module's payment.
        foreach (var published in new[] { e, e, foreign })
            await app.InTenantAsync(Gmina, async (db, services) =>
            {
                services.GetRequiredService<IDomainEventPublisher>().Publish(published);
                await db.SaveChangesAsync();
                return true;
            });
        await app.DrainAsync();

        var operations = await app.InTenantAsync(Gmina, (db, _) => db.Set<TaxOperation>().AsNoTracking().Where(o => o.CardId == card.CardId).ToListAsync());
        var operation = Assert.Single(operations);
        Assert.Equal((SettleOnlinePayment.ExternalIdPrefix(e.PaymentId) + card.CardId.ToString("N"), 1525m, new DateOnly(2025, 5, 20), OperationSources.Online),
            (operation.ExternalId, operation.Amount, operation.Date, operation.Source));
        Assert.Contains("P/2025/000777", operation.Title);
        Assert.Equal([(card.Instalments[0], 1000m, 25m), (card.Instalments[1], 500m, 0m)], await AllocationsAsync(card.CardId));
        Assert.All(await LinesAsync(card.CardId, new DateOnly(2025, 12, 31)), l => Assert.True(l.IsPaid));
    }

    private static TaxOperation NewOperation(Guid tenant, Guid card, DateOnly date, decimal amount) => new()
    {
        Id = Guid.NewGuid(), TenantId = tenant, CardId = card, ExternalId = "T-" + Guid.NewGuid().ToString("N"), Date = date, Amount = amount,
        Title = "Wpłata", Source = OperationSources.Import, RecordedAt = DateTimeOffset.UtcNow,
    };

    private Task<List<InstalmentLine>> LinesAsync(Guid card, DateOnly asOf) =>
        app.InTenantAsync(Gmina, async (_, services) => (await services.GetRequiredService<CardLedger>().LinesAsync(card, asOf, default)).ToList());

    private Task<List<(Guid Instalment, decimal ToArrears, decimal ToInterest)>> AllocationsAsync(Guid card) =>
        app.InTenantAsync(Gmina, async (db, _) => (await (from a in db.Set<OperationAllocation>().AsNoTracking()
                                                          join o in db.Set<TaxOperation>().AsNoTracking() on a.OperationId equals o.Id
                                                          join i in db.Set<Instalment>().AsNoTracking() on a.InstalmentId equals i.Id
                                                          where o.CardId == card
                                                          orderby o.Date, i.DueDate
                                                          select new { a.InstalmentId, a.ToArrears, a.ToInterest }).ToListAsync())
            .Select(a => (a.InstalmentId, a.ToArrears, a.ToInterest)).ToList());
}
