using System.Net;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.IntegrationTests.Users;
using Eboi.Payments;
using Eboi.Payments.Domain;
using Eboi.Payments.FakeGateway;
using Eboi.Payments.Reconciliation;
using Eboi.Users;

namespace Eboi.IntegrationTests.Payments;

/// <summary>
/// Online payment end to end over real HTTP: the adapter registers with the fake Przelewy24, the "payer" clicks on its
/// page, the fake gateway POSTs signed notifications to the tenant, and the journal, state and outbox are checked.
/// </summary>
public sealed class OnlinePaymentTests : IAsyncLifetime
{
    private PaymentsApp _app = null!;

    public async Task InitializeAsync() => _app = await PaymentsApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_same_key_twice_makes_one_payment_with_the_same_redirect_and_the_commission_of_the_fee_table()
    {
        var first = await _app.StartAsync(_app.Order("klucz-1"));
        var second = await _app.StartAsync(_app.Order("klucz-1"));

        Assert.Equal(first.PaymentId, second.PaymentId);
        Assert.Equal(first.RedirectUrl, second.RedirectUrl);
        Assert.Matches(@"^P/\d{4}/\d{6}$", first.Reference);
        var payment = await _app.PaymentAsync(first.PaymentId);
        Assert.Equal(PaymentState.Started, payment.State);
        // Kozy's recipe: online 0,5% with a 0,50 zł minimum.
        Assert.Equal(0.50m, payment.Commission);
        Assert.Equal(100.50m, payment.Total);
        var other = await _app.StartAsync(_app.Order("klucz-2"));
        Assert.NotEqual(first.PaymentId, other.PaymentId);
    }

    [Fact]
    public async Task Paying_at_the_fake_gateway_marks_the_payment_paid_once_and_the_return_page_tells_the_truth()
    {
        var start = await _app.StartAsync(_app.Order("zaplata"));
        var citizen = await SignInAsync(_app.CitizenEmail);
        var returnPath = $"/{PaymentsApp.Gmina}{PaymentsPaths.Return(start.PaymentId)}";
        Assert.Contains("Czekamy na potwierdzenie z banku", await citizen.GetStringAsync(returnPath));

        var back = await _app.PayAsync(start);

        Assert.EndsWith(PaymentsPaths.Return(start.PaymentId), back.Headers.Location!.AbsolutePath);
        var paid = await _app.PaymentAsync(start.PaymentId);
        Assert.Equal(PaymentState.Paid, paid.State);
        Assert.NotNull(paid.GatewayOrderId);
        Assert.NotNull(paid.FinishedAt);
        Assert.Equal([NotificationVerdict.Accepted], await _app.VerdictsAsync(start.PaymentId));
        Assert.Equal(1, await _app.StoredEventsAsync(start.PaymentId));
        await PaymentsApp.WaitForDeliveryAsync(start.PaymentId);
        Assert.Contains("Płatność przyjęta", await citizen.GetStringAsync(returnPath));

        // Nobody else sees it: another citizen gets 404.
        var (otherEmail, _) = await StaffAccounts.CreateAsync(_app.App, PaymentsApp.Gmina);
        var other = await SignInAsync(otherEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(returnPath)).StatusCode);
    }

    [Fact]
    public async Task A_duplicate_notification_changes_nothing_twice_and_is_journaled_as_duplicate()
    {
        var start = await _app.StartAsync(_app.Order("duplikat"));
        await _app.PayAsync(start, notification: FakeGatewayPage.NotifyTwice);
        Assert.Equal(200, await _app.NotifyAsync(start));

        Assert.Equal(PaymentState.Paid, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.Equal([NotificationVerdict.Accepted, NotificationVerdict.Duplicate, NotificationVerdict.Duplicate], await _app.VerdictsAsync(start.PaymentId));
        Assert.Equal(1, await _app.StoredEventsAsync(start.PaymentId));
        await PaymentsApp.WaitForDeliveryAsync(start.PaymentId);
        await Task.Delay(1500);
        Assert.Equal(1, PaymentsApp.Delivered[start.PaymentId]);
    }

    [Fact]
    public async Task Reordered_notifications_of_two_payments_each_pay_their_own_payment_once()
    {
        var a = await _app.StartAsync(_app.Order("kolejnosc-a", 40m));
        var b = await _app.StartAsync(_app.Order("kolejnosc-b", 60m));
        await _app.PayAsync(a, notification: FakeGatewayPage.NotifyNone);
        await _app.PayAsync(b, notification: FakeGatewayPage.NotifyNone);
        Assert.Equal(PaymentState.Started, (await _app.PaymentAsync(a.PaymentId)).State);

        Assert.Equal(200, await _app.NotifyAsync(b));
        Assert.Equal(200, await _app.NotifyAsync(a));
        Assert.Equal(200, await _app.NotifyAsync(b));

        Assert.Equal(PaymentState.Paid, (await _app.PaymentAsync(a.PaymentId)).State);
        Assert.Equal(PaymentState.Paid, (await _app.PaymentAsync(b.PaymentId)).State);
        Assert.Equal(1, await _app.StoredEventsAsync(a.PaymentId));
        Assert.Equal(1, await _app.StoredEventsAsync(b.PaymentId));
        Assert.Equal([NotificationVerdict.Accepted, NotificationVerdict.Duplicate], await _app.VerdictsAsync(b.PaymentId));
    }

    [Fact]
    public async Task A_forged_signature_is_refused_logged_and_changes_nothing()
    {
        var start = await _app.StartAsync(_app.Order("falszywe"));
        await _app.PayAsync(start, notification: NotificationVariants.Forged);
        Assert.Equal(400, await _app.NotifyAsync(start, NotificationVariants.Forged));

        Assert.Equal(PaymentState.Started, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.Equal([NotificationVerdict.Forged, NotificationVerdict.Forged], await _app.VerdictsAsync(start.PaymentId));
        Assert.Equal(0, await _app.StoredEventsAsync(start.PaymentId));
    }

    [Fact]
    public async Task A_notification_with_the_wrong_amount_is_refused_and_changes_nothing()
    {
        var start = await _app.StartAsync(_app.Order("zla-kwota"));
        await _app.PayAsync(start, notification: NotificationVariants.WrongAmount);

        Assert.Equal(PaymentState.Started, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.Equal([NotificationVerdict.WrongAmount], await _app.VerdictsAsync(start.PaymentId));
        Assert.Equal(0, await _app.StoredEventsAsync(start.PaymentId));
    }

    [Fact]
    public async Task Reconciliation_expires_an_unpaid_payment_and_a_late_notification_after_that_is_not_accepted()
    {
        var start = await _app.StartAsync(_app.Order("spozniony"));
        // Past the gateway's time limit (Kozy: 90 min) plus the grace a bank's late confirmation gets.
        await _app.AgeAsync(start.PaymentId, 90 + (int)ReconcilePaymentsJob.ExpiryGrace.TotalMinutes + 1);

        Assert.Equal((0, 1, 0), await _app.ReconcileAsync());
        Assert.Equal(PaymentState.Expired, (await _app.PaymentAsync(start.PaymentId)).State);

        await _app.PayAsync(start);

        Assert.Equal(PaymentState.Expired, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.Equal([NotificationVerdict.Late], await _app.VerdictsAsync(start.PaymentId));
        Assert.Equal(0, await _app.StoredEventsAsync(start.PaymentId));
    }

    [Fact]
    public async Task Reconciliation_finds_a_payment_paid_without_any_notification()
    {
        var start = await _app.StartAsync(_app.Order("bez-powiadomienia"));
        var fresh = await _app.StartAsync(_app.Order("jeszcze-nie"));
        await _app.PayAsync(start, notification: FakeGatewayPage.NotifyNone);
        await _app.AgeAsync(start.PaymentId, 20);

        Assert.Equal((1, 0, 0), await _app.ReconcileAsync());

        Assert.Equal(PaymentState.Paid, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.Equal(PaymentState.Started, (await _app.PaymentAsync(fresh.PaymentId)).State);
        Assert.Equal(1, await _app.StoredEventsAsync(start.PaymentId));
        Assert.Equal([NotificationVerdict.Accepted], await _app.VerdictsAsync(start.PaymentId));
        // A second run finds nothing left to do.
        Assert.Equal((0, 0, 0), await _app.ReconcileAsync());
    }

    [Fact]
    public async Task A_crash_before_the_commit_leaves_the_payment_started_with_the_notification_journaled_and_a_retry_pays_it_once()
    {
        var start = await _app.StartAsync(_app.Order("awaria"));
        // The database refuses the commit of "opłacona" as a killed process would never reach it.
        await _app.OwnerSqlAsync("""
            CREATE FUNCTION test_crash() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated crash'; END $$;
            CREATE TRIGGER test_crash BEFORE UPDATE ON payments FOR EACH ROW WHEN (NEW.state = 'oplacona') EXECUTE FUNCTION test_crash();
            """);
        await _app.PayAsync(start);

        Assert.Equal(PaymentState.Started, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.Equal([NotificationVerdict.Received], await _app.VerdictsAsync(start.PaymentId));
        Assert.Equal(0, await _app.StoredEventsAsync(start.PaymentId));

        // The gateway retries its notification (or reconciliation asks): now it commits, state and event together.
        await _app.OwnerSqlAsync("DROP TRIGGER test_crash ON payments; DROP FUNCTION test_crash();");
        Assert.Equal(200, await _app.NotifyAsync(start));
        Assert.Equal(PaymentState.Paid, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.Equal(1, await _app.StoredEventsAsync(start.PaymentId));
        Assert.Equal([NotificationVerdict.Received, NotificationVerdict.Accepted], await _app.VerdictsAsync(start.PaymentId));
        // After the commit the event is in the outbox: delivered even though the request that stored it is long gone.
        await PaymentsApp.WaitForDeliveryAsync(start.PaymentId);
    }

    [Fact]
    public async Task A_gateway_that_is_down_leaves_the_payment_created_with_a_polish_message_and_the_same_key_retries_it()
    {
        await _app.OwnerSqlAsync("UPDATE payment_settings SET gateway_url = 'http://127.0.0.1:9/' WHERE tenant_id = (SELECT id FROM tenants WHERE slug = 'kozy')");
        var error = await Assert.ThrowsAsync<PaymentUnavailableException>(() => _app.StartAsync(_app.Order("awaria-bramki")));
        Assert.Contains("Bramka płatności nie odpowiada", error.Message);
        // Never registered, so not in flight: the citizen may tick the item again at once.
        Assert.Empty(await _app.ItemsInFlightAsync("test:awaria-bramki"));

        await _app.OwnerSqlAsync("UPDATE payment_settings SET gateway_url = NULL WHERE tenant_id = (SELECT id FROM tenants WHERE slug = 'kozy')");
        var start = await _app.StartAsync(_app.Order("awaria-bramki"));
        Assert.Equal(PaymentState.Started, (await _app.PaymentAsync(start.PaymentId)).State);
    }

    [Fact]
    public async Task A_gateway_that_refuses_the_transaction_makes_the_payment_rejected_for_good_and_the_return_page_says_so()
    {
        // Over the fake's per-transaction limit (100 000 zł) it answers register with HTTP 400, as P24 does for bad data.
        var start = await _app.StartAsync(_app.Order("za-duzo", 150_000m));

        Assert.EndsWith(PaymentsPaths.Return(start.PaymentId), start.RedirectUrl.AbsolutePath);
        var payment = await _app.PaymentAsync(start.PaymentId);
        Assert.Equal(PaymentState.Rejected, payment.State);
        Assert.NotNull(payment.FinishedAt);
        Assert.Null(payment.GatewayToken);
        // The same key does not ask again: the refusal is final, and the items are free for another payment.
        Assert.Equal(start.PaymentId, (await _app.StartAsync(_app.Order("za-duzo", 150_000m))).PaymentId);
        Assert.Empty(await _app.ItemsInFlightAsync("test:za-duzo"));
        var citizen = await SignInAsync(_app.CitizenEmail);
        var page = await citizen.GetStringAsync($"/{PaymentsApp.Gmina}{PaymentsPaths.Return(start.PaymentId)}");
        Assert.Contains("Płatność odrzucona", page);
        Assert.DoesNotContain("Anuluj płatność", page);
    }

    [Fact]
    public async Task Cancelling_a_payment_left_at_the_gateway_makes_it_cancelled_frees_its_items_and_a_later_notification_is_late()
    {
        var start = await _app.StartAsync(_app.Order("rezygnacja"));
        await _app.PayAsync(start, decision: FakeGatewayPage.Cancel);
        Assert.Equal(PaymentState.Started, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.Equal(["test:rezygnacja"], await _app.ItemsInFlightAsync("test:rezygnacja"));
        var returnPath = $"/{PaymentsApp.Gmina}{PaymentsPaths.Return(start.PaymentId)}";

        // Another citizen cannot cancel it, with a valid form of their own aimed at this payment: 404, nothing changes.
        var (otherEmail, otherId) = await StaffAccounts.CreateAsync(_app.App, PaymentsApp.Gmina);
        var others = await _app.StartAsync(_app.Order("cudza", payer: otherId));
        // In flight is per item, whoever pays: a co-obligor does not pay the same instalment twice.
        Assert.Equal(["test:cudza", "test:rezygnacja"], await _app.ItemsInFlightAsync("test:rezygnacja", "test:cudza"));
        var other = await SignInAsync(otherEmail);
        var (_, otherPage) = await Html.GetAsync(other, $"/{PaymentsApp.Gmina}{PaymentsPaths.Return(others.PaymentId)}");
        var otherForm = otherPage.QuerySelector("main form[method=post]")!;
        var aimed = System.Net.WebUtility.HtmlDecode(otherForm.GetAttribute("action")!).Replace(others.PaymentId.ToString(), start.PaymentId.ToString());
        var refused = await other.PostAsync(new Uri(_app.Url, aimed),
            new FormUrlEncodedContent([new("__RequestVerificationToken", otherForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(PaymentState.Started, (await _app.PaymentAsync(start.PaymentId)).State);
        var payer = await SignInAsync(_app.CitizenEmail);

        var (cancelled, _) = await FormPost.SubmitAsync(payer, returnPath, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var payment = await _app.PaymentAsync(start.PaymentId);
        Assert.Equal(PaymentState.Cancelled, payment.State);
        Assert.NotNull(payment.FinishedAt);
        Assert.Empty(await _app.ItemsInFlightAsync("test:rezygnacja"));
        Assert.Contains("Płatność anulowana", await payer.GetStringAsync(returnPath));

        // The payer paid in another tab after all: that notification is late, never verified, so the gateway returns the money.
        Assert.Equal(200, await _app.NotifyAsync(start));
        Assert.Equal(PaymentState.Cancelled, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.Equal([NotificationVerdict.Late], await _app.VerdictsAsync(start.PaymentId));
        Assert.Equal(0, await _app.StoredEventsAsync(start.PaymentId));
    }

    [Fact]
    public async Task Cancelling_a_payment_the_bank_already_took_completes_it_instead()
    {
        var start = await _app.StartAsync(_app.Order("juz-zaplacone"));
        await _app.PayAsync(start, notification: FakeGatewayPage.NotifyNone);
        var payer = await SignInAsync(_app.CitizenEmail);

        var (response, _) = await FormPost.SubmitAsync(payer, $"/{PaymentsApp.Gmina}{PaymentsPaths.Return(start.PaymentId)}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PaymentState.Paid, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.Equal([NotificationVerdict.Accepted], await _app.VerdictsAsync(start.PaymentId));
        Assert.Equal(1, await _app.StoredEventsAsync(start.PaymentId));
    }

    [Fact]
    public async Task A_cancel_when_the_gateway_cannot_be_asked_changes_nothing_and_says_why_in_polish()
    {
        var start = await _app.StartAsync(_app.Order("bramka-milczy"));
        var payer = await SignInAsync(_app.CitizenEmail);
        var returnPath = $"/{PaymentsApp.Gmina}{PaymentsPaths.Return(start.PaymentId)}";
        await _app.OwnerSqlAsync("UPDATE payment_settings SET gateway_url = 'http://127.0.0.1:9/' WHERE tenant_id = (SELECT id FROM tenants WHERE slug = 'kozy')");

        var (response, page) = await FormPost.SubmitAsync(payer, returnPath, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("płatność nie została anulowana", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(PaymentState.Started, (await _app.PaymentAsync(start.PaymentId)).State);
        Assert.NotNull(page.QuerySelector("#payment-state"));
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = _app.Url };
        var (login, _) = await FormPost.SubmitAsync(client, $"/{PaymentsApp.Gmina}{UserPaths.Login}",
            new Dictionary<string, string> { ["Form.Login"] = email, ["Form.Password"] = StaffAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var next = await client.GetAsync($"/{PaymentsApp.Gmina}{UserPaths.Account}");
        if (next.StatusCode == HttpStatusCode.Redirect && next.Headers.Location!.OriginalString.Contains("akceptacja-regulaminu"))
            await FormPost.SubmitAsync(client, next.Headers.Location.OriginalString, new Dictionary<string, string> { ["Accept"] = "true" }, formSelector: "form[novalidate]");
        return client;
    }
}
