using Eboi.Payments;
using Eboi.Payments.Domain;

namespace Eboi.Tests.Payments;

/// <summary>The payment lifecycle's transition table: what may move where, and that terminal states never change.</summary>
public sealed class PaymentStateTests
{
    [Theory]
    [InlineData(PaymentState.Created, PaymentState.Started)]
    [InlineData(PaymentState.Created, PaymentState.Paid)]
    [InlineData(PaymentState.Created, PaymentState.Cancelled)]
    [InlineData(PaymentState.Created, PaymentState.Expired)]
    [InlineData(PaymentState.Started, PaymentState.Paid)]
    [InlineData(PaymentState.Started, PaymentState.Rejected)]
    [InlineData(PaymentState.Started, PaymentState.Cancelled)]
    [InlineData(PaymentState.Started, PaymentState.Expired)]
    public void Allowed_transitions(string from, string to) => Assert.True(PaymentState.CanMove(from, to));

    [Theory]
    [InlineData(PaymentState.Started, PaymentState.Created)]
    [InlineData(PaymentState.Created, PaymentState.Created)]
    [InlineData(PaymentState.Started, PaymentState.Started)]
    [InlineData(PaymentState.Created, "nieznany")]
    [InlineData("nieznany", PaymentState.Paid)]
    public void Refused_transitions(string from, string to) => Assert.False(PaymentState.CanMove(from, to));

    [Fact]
    public void Terminal_states_never_change()
    {
        string[] terminal = [PaymentState.Paid, PaymentState.Rejected, PaymentState.Cancelled, PaymentState.Expired];
        Assert.Equal(terminal, PaymentState.All.Where(PaymentState.IsTerminal));
        foreach (var from in terminal)
            foreach (var to in PaymentState.All)
                Assert.False(PaymentState.CanMove(from, to), $"{from} -> {to}");
    }

    [Fact]
    public void Polish_labels_and_in_flight()
    {
        Assert.Equal(["utworzona", "rozpoczęta", "opłacona", "odrzucona", "anulowana", "wygasła"], PaymentState.All.Select(PaymentState.Label));
        Assert.Equal([PaymentState.Created, PaymentState.Started], PaymentState.All.Where(PaymentState.IsInFlight));
    }

    [Fact]
    public void A_paid_payment_stays_paid_when_a_rejection_arrives_later()
    {
        var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
        var payment = new Payment { State = PaymentState.Created, Amount = 100m, Total = 101.5m };
        Assert.True(payment.TryMove(PaymentState.Started, now));
        Assert.Equal(now, payment.StartedAt);
        Assert.True(payment.TryMove(PaymentState.Paid, now.AddMinutes(1)));
        Assert.False(payment.TryMove(PaymentState.Rejected, now.AddMinutes(2)));
        Assert.False(payment.TryMove(PaymentState.Paid, now.AddMinutes(3)));
        Assert.Equal(PaymentState.Paid, payment.State);
        Assert.Equal(now.AddMinutes(1), payment.FinishedAt);
        Assert.Equal(10150, payment.TotalGrosze);
    }

    [Fact]
    public void References_are_per_year_with_six_digits() => Assert.Equal("P/2026/000123", PaymentReference.Format(2026, 123));
}
