namespace Eboi.Users.Login;

/// <summary>What a user types at /konto/logowanie.</summary>
internal sealed class LoginForm
{
    public string? Login { get; set; }
    public string? Password { get; set; }
    public bool RememberMe { get; set; }
}
