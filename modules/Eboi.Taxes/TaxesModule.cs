using Eboi.Core.Modules;

namespace Eboi.Taxes;

/// <summary>
/// Kartoteki podatkowe: taxpayers' cards, decisions with their instalments, interest on arrears and the allocation of
/// payments (issue 10). This first part holds the statutory rules; cards, import and the citizen pages build on them.
/// </summary>
public sealed class TaxesModule : IEboiModule
{
    /// <summary>Its name in recipes ("modules": ["Taxes"]).</summary>
    public const string ModuleName = "Taxes";

    public string Name => ModuleName;
}
