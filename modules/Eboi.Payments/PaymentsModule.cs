using Eboi.Core.Modules;
using Eboi.Payments.Data;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Payments;

/// <summary>
/// Paying what a citizen owes: the transfer form with the ZBP QR code and online payment through a Przelewy24-protocol
/// gateway (issue 10). Holds the protocol rules, the payment lifecycle and its tables.
/// </summary>
public sealed class PaymentsModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Payments"]).</summary>
    public const string ModuleName = "Payments";

    public string Name => ModuleName;

    public void ConfigureModel(ModelBuilder modelBuilder) => PaymentsModel.Configure(modelBuilder);
}
