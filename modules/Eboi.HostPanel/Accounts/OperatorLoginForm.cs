namespace Eboi.HostPanel.Accounts;

/// <summary>What an operator types at the host level's /admin/logowanie.</summary>
internal sealed class OperatorLoginForm
{
    public string? Login { get; set; }
    public string? Password { get; set; }
}
