namespace Eboi.Users.Login;

/// <summary>Result of a login attempt; the messages never reveal whether an address has an account.</summary>
internal enum LoginOutcome
{
    SignedIn,
    InvalidCredentials,
    LockedOut,
    NotActivated,

    /// <summary>Staff blocked the account; told only to whoever knows the password.</summary>
    BlockedByStaff,

    /// <summary>Too many recent failures for this account: the attempt was not checked (progressive delay).</summary>
    TryLater,
}
