using System.Text.RegularExpressions;
using Eboi.Core.Validation;
using Eboi.Users.Domain;

namespace Eboi.Users.Registration;

/// <summary>
/// The rules of the registration form with Polish messages per field (field names as in <see cref="RegistrationForm"/>).
/// Pure: unit-tested with the reference vectors of domain-pl.md.
/// </summary>
internal static partial class RegistrationValidator
{
    public static IReadOnlyList<(string Field, string Message)> Validate(RegistrationForm f)
    {
        var errors = ValidateIdentity(f).ToList();
        void Add(string field, string message) => errors.Add((field, message));
        foreach (var message in PasswordPolicy.Check(f.Password, f.Email)) Add(nameof(f.Password), message);
        if (string.IsNullOrEmpty(f.ConfirmPassword)) Add(nameof(f.ConfirmPassword), "Powtórz hasło.");
        else if (f.Password != f.ConfirmPassword) Add(nameof(f.ConfirmPassword), "Hasła nie są takie same.");

        if (!f.AcceptRegulamin) Add(nameof(f.AcceptRegulamin), "Zaakceptuj regulamin portalu, aby założyć konto.");
        if (!f.ConsentDataProcessing) Add(nameof(f.ConsentDataProcessing), "Zgoda na przetwarzanie danych osobowych jest potrzebna do założenia konta.");
        return errors;
    }

    /// <summary>Who the applicant is (e-mail, names, PESEL or NIP/REGON): also what staff fill in for an invited account.</summary>
    public static IReadOnlyList<(string Field, string Message)> ValidateIdentity(RegistrationForm f)
    {
        var errors = new List<(string, string)>();
        void Add(string field, string message) => errors.Add((field, message));

        if (string.IsNullOrWhiteSpace(f.Email)) Add(nameof(f.Email), "Wpisz adres e-mail.");
        else if (!IsEmail(f.Email)) Add(nameof(f.Email), "Wpisz adres e-mail w poprawnym formacie, np. jan.kowalski@example.pl.");

        if (f.Kind == ApplicantKind.Person)
        {
            Name(f.FirstName, nameof(f.FirstName), "imię", Add);
            Name(f.LastName, nameof(f.LastName), "nazwisko", Add);
            if (string.IsNullOrWhiteSpace(f.Pesel)) Add(nameof(f.Pesel), "Wpisz numer PESEL.");
            else if (!ElevenDigits().IsMatch(f.Pesel.Trim())) Add(nameof(f.Pesel), "PESEL ma 11 cyfr.");
            else if (!PolishIds.IsValidPesel(f.Pesel)) Add(nameof(f.Pesel), "Ten numer PESEL jest niepoprawny – sprawdź cyfry.");
            if (!string.IsNullOrWhiteSpace(f.Phone) && !PhoneNumber().IsMatch(f.Phone.Trim()))
                Add(nameof(f.Phone), "Wpisz numer telefonu, np. 601 234 567 lub +48 601 234 567.");
        }
        else
        {
            if (string.IsNullOrWhiteSpace(f.CompanyName)) Add(nameof(f.CompanyName), "Wpisz nazwę firmy lub instytucji.");
            else if (f.CompanyName.Length > 200) Add(nameof(f.CompanyName), "Nazwa może mieć najwyżej 200 znaków.");
            if (string.IsNullOrWhiteSpace(f.Nip)) Add(nameof(f.Nip), "Wpisz NIP.");
            else if (!PolishIds.IsValidNip(f.Nip)) Add(nameof(f.Nip), "Ten NIP jest niepoprawny – sprawdź cyfry (10 cyfr, np. 123-456-32-18).");
            if (string.IsNullOrWhiteSpace(f.Regon)) Add(nameof(f.Regon), "Wpisz REGON.");
            else if (!PolishIds.IsValidRegon(f.Regon)) Add(nameof(f.Regon), "Ten REGON jest niepoprawny – sprawdź cyfry (9 lub 14 cyfr).");
            Name(f.RepresentativeName, nameof(f.RepresentativeName), "imię i nazwisko osoby reprezentującej", Add);
        }
        return errors;
    }

    public static bool IsEmail(string value) => EmailAddresses.IsValid(value.Trim());

    private static void Name(string? value, string field, string what, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value)) add(field, $"Wpisz {what}.");
        else if (value.Length > 100) add(field, $"Pole „{what}” może mieć najwyżej 100 znaków.");
        else if (!NameChars().IsMatch(value.Trim())) add(field, $"Pole „{what}” może zawierać litery, spacje, łącznik i apostrof.");
    }

    [GeneratedRegex(@"^\d{11}$")] private static partial Regex ElevenDigits();
    [GeneratedRegex(@"^(\+48\s?)?(\d[\s-]?){8}\d$")] private static partial Regex PhoneNumber();
    [GeneratedRegex(@"^[\p{L}][\p{L} '\-.]*$")] private static partial Regex NameChars();
}
