using Eboi.Core.Security;

namespace Eboi.Workflows;

/// <summary>The workflows module's permission.</summary>
public static class WorkflowsPermissions
{
    public const string Manage = "workflows.manage";

    public static readonly IReadOnlyList<PermissionDefinition> All =
        [new(Manage, "Procesy (workflow): edycja, włączanie, przebiegi, ponawianie, powiadomienia")];
}
