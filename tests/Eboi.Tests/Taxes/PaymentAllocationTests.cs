using Eboi.Taxes.Domain;

namespace Eboi.Tests.Taxes;

/// <summary>The proportional allocation vectors of domain-pl.md §6.5 and the reminder-cost rule.</summary>
public sealed class PaymentAllocationTests
{
    [Theory]
    [InlineData(1000.00, 25.00, 500.00, 487.80, 12.20, 0)]
    [InlineData(1000.00, 25.07, 500.00, 487.77, 12.23, 0)]
    [InlineData(333.00, 17.00, 100.00, 95.14, 4.86, 0)]
    [InlineData(1000.00, 25.00, 1100.00, 1000.00, 25.00, 75.00)]
    public void Vectors(double arrears, double interest, double payment, double toArrears, double toInterest, double remainder)
    {
        var a = PaymentAllocation.Allocate((decimal)arrears, (decimal)interest, (decimal)payment);
        Assert.Equal(((decimal)toArrears, (decimal)toInterest, (decimal)remainder), (a.ToArrears, a.ToInterest, a.Remainder));
    }

    [Fact]
    public void Reminder_costs_are_covered_first_and_the_parts_always_add_up()
    {
        var a = PaymentAllocation.Allocate(1000m, 25m, 516m, reminderCosts: 16m);
        Assert.Equal((16m, 487.80m, 12.20m, 0m), (a.ToReminderCosts, a.ToArrears, a.ToInterest, a.Remainder));

        var tiny = PaymentAllocation.Allocate(1000m, 25m, 10m, reminderCosts: 16m);
        Assert.Equal((10m, 0m, 0m, 0m), (tiny.ToReminderCosts, tiny.ToArrears, tiny.ToInterest, tiny.Remainder));
        Assert.Throws<ArgumentOutOfRangeException>(() => PaymentAllocation.Allocate(-1m, 0, 10m));
    }
}
