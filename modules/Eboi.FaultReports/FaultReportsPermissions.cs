using Eboi.Core.Security;

namespace Eboi.FaultReports;

/// <summary>The fault reports module's permission.</summary>
public static class FaultReportsPermissions
{
    public const string Moderate = "faultreports.moderate";

    public static readonly IReadOnlyList<PermissionDefinition> All =
        [new(Moderate, "Zgłoszenia usterek: moderacja, statusy, przypisanie, notatki, kategorie")];
}
