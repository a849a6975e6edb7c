using Eboi.Users.Domain;

namespace Eboi.Users.Registration;

/// <summary>What a citizen types at /konto/rejestracja: a natural person or a company / institution.</summary>
internal sealed class RegistrationForm
{
    public ApplicantKind Kind { get; set; }
    public string? Email { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Pesel { get; set; }
    public string? Phone { get; set; }
    public string? CompanyName { get; set; }
    public string? Nip { get; set; }
    public string? Regon { get; set; }
    public string? RepresentativeName { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public bool AcceptRegulamin { get; set; }
    public bool ConsentDataProcessing { get; set; }
}
