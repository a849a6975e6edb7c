using Eboi.Core.Text;
using Eboi.Taxes.Cards;
using Eboi.Taxes.Domain;
using Eboi.Taxes.Settlement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.IntegrationTests.Taxes;

/// <summary>
/// The daily reminder job with a fake clock: N days before a due date and once when overdue, through the recipe's
/// "przypomnienie-o-racie" workflow, once per instalment and kind, only with something to pay and a linked citizen,
/// and never by e-mail to a citizen who turned payment notifications off.
/// </summary>
public sealed class InstalmentReminderTests(TaxesApp app) : IClassFixture<TaxesApp>
{
    private const string Gmina = "pulawy";

    [Fact]
    public async Task Each_instalment_is_reminded_once_before_its_due_date_and_once_when_overdue_honouring_the_citizens_settings()
    {
        // The job runs at the next 07:00 Warsaw time once the clock has moved a day; "today" is that day.
        var runDay = PolishTime.DateOf(app.Clock.GetUtcNow().AddDays(1));
        var (email, id) = await TaxCardSeed.CitizenAsync(app, Gmina, verified: true);
        var card = await TaxCardSeed.CardAsync(app, Gmina, id,
            (runDay.AddDays(7), 600m), (runDay.AddDays(-1), 300m), (runDay.AddDays(20), 100m), (runDay.AddDays(3), 50m));
        await TaxCardSeed.AddImportedPaymentAsync(app, Gmina, card.CardId, runDay.AddDays(-2), 50m, "Wpłata");
        // That 50 zł went to the oldest unpaid (due yesterday); the instalment due in 3 days is paid here instead.
        await app.InTenantAsync(Gmina, async (db, services) =>
        {
            var operation = new TaxOperation
            {
                Id = Guid.NewGuid(), TenantId = db.TenantId!.Value, CardId = card.CardId, ExternalId = "R-" + Guid.NewGuid().ToString("N"),
                Date = runDay.AddDays(-2), Amount = 50m, Title = "Wpłata na ratę 4", Source = OperationSources.Import, RecordedAt = DateTimeOffset.UtcNow,
            };
            await services.GetRequiredService<InstalmentSettler>().SettleAsync(operation, [(card.Instalments[3], 50m)], default);
            await db.SaveChangesAsync();
            return true;
        });
        var (quietEmail, quietId) = await TaxCardSeed.CitizenAsync(app, Gmina, verified: true);
        await TaxCardSeed.PaymentsNotificationsOffAsync(app, Gmina, quietId);
        var quietCard = await TaxCardSeed.CardAsync(app, Gmina, quietId, (runDay.AddDays(7), 400m));
        var unlinked = await TaxCardSeed.CardAsync(app, Gmina, null, (runDay.AddDays(7), 400m));

        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.DrainAsync();

        var mail = await app.MailToAsync(Gmina, email);
        Assert.Equal(2, mail.Count);
        var before = Assert.Single(mail, m => m.Subject.StartsWith($"Zbliża się termin płatności raty 1/{runDay.AddDays(7).Year}", StringComparison.Ordinal));
        Assert.Contains(card.Number, before.BodyText);
        Assert.Contains(PolishTime.Day(runDay.AddDays(7)), before.BodyText);
        Assert.Contains("600,00 zł", before.BodyText);
        Assert.Contains("/platnosci/karty/", before.BodyText);
        var overdue = Assert.Single(mail, m => m.Subject.StartsWith($"Minął termin płatności raty 2/{runDay.AddDays(-1).Year}", StringComparison.Ordinal));
        Assert.Contains("250,00 zł", overdue.BodyText);
        Assert.Empty(await app.MailToAsync(Gmina, quietEmail));

        List<(Guid, string)> expected = [(card.Instalments[0], ReminderKinds.BeforeDue), (card.Instalments[1], ReminderKinds.Overdue), (quietCard.Instalments[0], ReminderKinds.BeforeDue)];
        Assert.Equal(expected.Order(), (await RemindersAsync([card.CardId, quietCard.CardId, unlinked.CardId])).Order());

        // The next day's run finds nothing new to say.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.DrainAsync();
        Assert.Equal(2, (await app.MailToAsync(Gmina, email)).Count);
        Assert.Equal(3, (await RemindersAsync([card.CardId, quietCard.CardId, unlinked.CardId])).Count);
    }

    private Task<List<(Guid, string)>> RemindersAsync(Guid[] cards) =>
        app.InTenantAsync(Gmina, async (db, _) => (await (from r in db.Set<InstalmentReminder>().AsNoTracking()
                                                          join i in db.Set<Instalment>().AsNoTracking() on r.InstalmentId equals i.Id
                                                          where cards.Contains(i.CardId)
                                                          select new { r.InstalmentId, r.Kind }).ToListAsync())
            .Select(r => (r.InstalmentId, r.Kind)).ToList());
}
