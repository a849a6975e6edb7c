namespace Eboi.HostPanel.Accounts;

/// <summary>What a login attempt ended with (the page turns it into a Polish message).</summary>
internal enum OperatorSignInResult
{
    SignedIn,
    Failed,

    /// <summary>Too many recent failures for this login: the attempt was not checked (progressive delay).</summary>
    TryLater,

    /// <summary>Another operator blocked the account (told only after the right password).</summary>
    Blocked,
}
