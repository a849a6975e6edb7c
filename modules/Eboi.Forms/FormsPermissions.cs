using Eboi.Core.Security;

namespace Eboi.Forms;

/// <summary>The forms module's permissions.</summary>
public static class FormsPermissions
{
    public const string Manage = "forms.manage";
    public const string View = "forms.view";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(Manage, "Formularze elektroniczne: tworzenie, zmiana pól, publikacja"),
        new(View, "Złożone formularze: przeglądanie wniosków mieszkańców i ich UPO"),
    ];
}
