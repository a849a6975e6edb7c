namespace Eboi.Users.Login;

/// <summary>Result of a login attempt; the messages never reveal whether an address has an account.</summary>
public enum LoginOutcome
{
    SignedIn,
    InvalidCredentials,
    LockedOut,
    NotActivated,
}
