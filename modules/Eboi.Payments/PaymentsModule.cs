using Eboi.Core.Modules;

namespace Eboi.Payments;

/// <summary>
/// Paying what a citizen owes: the transfer form with the ZBP QR code and online payment through a Przelewy24-protocol
/// gateway (issue 10). This first part holds the protocol rules; the gateway adapter and pages build on them.
/// </summary>
public sealed class PaymentsModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Payments"]).</summary>
    public const string ModuleName = "Payments";

    public string Name => ModuleName;
}
