namespace Eboi.HostPanel.Accounts;

/// <summary>What a login attempt ended with (the page turns it into a Polish message).</summary>
public enum OperatorSignInResult
{
    SignedIn,
    Failed,
    LockedOut,
}
