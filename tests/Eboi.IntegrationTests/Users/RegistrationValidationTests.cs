using System.Net;
using Eboi.IntegrationTests.Infrastructure;
using Eboi.Users;
using Eboi.Users.Domain;

namespace Eboi.IntegrationTests.Users;

/// <summary>Bad input gets a Polish message next to the field, and the form keeps what the user typed (not passwords).</summary>
[Collection(SeededCollection.Name)]
public sealed class RegistrationValidationTests(SeededApp app)
{
    public static TheoryData<string, string, string, string> PersonCases() => new()
    {
        // field to break, value, field id, expected message fragment
        { "Form.Pesel", "44051401358", "Form_Pesel", "PESEL jest niepoprawny" },
        { "Form.Pesel", "12345", "Form_Pesel", "PESEL ma 11 cyfr" },
        { "Form.Pesel", "", "Form_Pesel", "Wpisz numer PESEL" },
        { "Form.Email", "jan@", "Form_Email", "poprawnym formacie" },
        { "Form.FirstName", "", "Form_FirstName", "Wpisz imię" },
        { "Form.LastName", "Kowalski<script>", "Form_LastName", "może zawierać litery" },
        { "Form.Phone", "12", "Form_Phone", "numer telefonu" },
        { "Form.Password", "krotkie", "Form_Password", "co najmniej 8 znaków" },
        { "Form.Password", "malelitery1", "Form_Password", "wielkie i małe litery" },
        { "Form.Password", "BezCyfryAni", "Form_Password", "cyfrę lub znak specjalny" },
        { "Form.Password", "Haslo123!", "Form_Password", "zbyt popularne" },
        { "Form.ConfirmPassword", "Inne-Haslo9", "Form_ConfirmPassword", "nie są takie same" },
        { "Form.AcceptRegulamin", "false", "Form_AcceptRegulamin", "Zaakceptuj regulamin" },
        { "Form.ConsentDataProcessing", "false", "Form_ConsentDataProcessing", "Zgoda na przetwarzanie" },
    };

    [Theory]
    [MemberData(nameof(PersonCases))]
    public async Task Person_form_shows_the_error_next_to_the_field_and_keeps_the_input(string field, string value, string id, string message)
    {
        var email = $"walidacja.{Guid.NewGuid():N}@example.test";
        var fields = AccountJourneyTests.Person(email);
        fields[field] = value;
        if (field == "Form.Password") fields["Form.ConfirmPassword"] = value;
        var (response, doc) = await FormPost.SubmitAsync(app.Client(), $"/pokrzywnica{UserPaths.Register}?typ=osoba", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, doc.FieldError(id));
        Assert.NotNull(doc.QuerySelector($".error-summary a[href='#{id}']"));
        Assert.Equal("true", doc.QuerySelector($"#{id}")!.GetAttribute("aria-invalid"));
        if (field != "Form.Email") Assert.Equal(email, doc.QuerySelector("#Form_Email")!.GetAttribute("value"));
        Assert.Equal("", doc.QuerySelector("#Form_Password")!.GetAttribute("value"));
        Assert.Empty(CaughtMail.AllFor(email));
    }

    public static TheoryData<string, string, string, string> CompanyCases() => new()
    {
        { "Form.Nip", "8567346216", "Form_Nip", "NIP jest niepoprawny" },
        { "Form.Nip", "0000000000", "Form_Nip", "NIP jest niepoprawny" },
        { "Form.Regon", "192598183", "Form_Regon", "REGON jest niepoprawny" },
        { "Form.Regon", "12345678612342", "Form_Regon", "REGON jest niepoprawny" },
        { "Form.CompanyName", "", "Form_CompanyName", "Wpisz nazwę firmy" },
        { "Form.RepresentativeName", "", "Form_RepresentativeName", "Wpisz imię i nazwisko" },
    };

    [Theory]
    [MemberData(nameof(CompanyCases))]
    public async Task Company_form_checks_nip_and_regon_checksums(string field, string value, string id, string message)
    {
        var email = $"firma.{Guid.NewGuid():N}@example.test";
        var fields = new Dictionary<string, string>
        {
            ["Form.CompanyName"] = "Przedsiębiorstwo Usługowe „Kowalski” sp. z o.o.", ["Form.Nip"] = "PL 8567346215", ["Form.Regon"] = "192598184",
            ["Form.RepresentativeName"] = "Anna Nowak", ["Form.Email"] = email, ["Form.Password"] = "Zielony-Las7", ["Form.ConfirmPassword"] = "Zielony-Las7",
            ["Form.ConsentDataProcessing"] = "true", ["Form.AcceptRegulamin"] = "true",
        };
        fields[field] = value;
        var (_, doc) = await FormPost.SubmitAsync(app.Client(), $"/kozy{UserPaths.Register}?typ=firma", fields);
        Assert.Contains(message, doc.FieldError(id));
        if (field != "Form.CompanyName") Assert.Equal(fields["Form.CompanyName"], doc.QuerySelector("#Form_CompanyName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_valid_company_registers()
    {
        var email = $"firma.{Guid.NewGuid():N}@example.test";
        var (response, _) = await FormPost.SubmitAsync(app.Client(), $"/kozy{UserPaths.Register}?typ=firma", new Dictionary<string, string>
        {
            ["Form.CompanyName"] = "Stowarzyszenie Przyjaciół Kóz", ["Form.Nip"] = "123-456-32-18", ["Form.Regon"] = "12345678512347",
            ["Form.RepresentativeName"] = "Anna Nowak", ["Form.Email"] = email, ["Form.Password"] = "Zielony-Las7", ["Form.ConfirmPassword"] = "Zielony-Las7",
            ["Form.ConsentDataProcessing"] = "true", ["Form.AcceptRegulamin"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = await CaughtMail.WaitForMessageTo(email);
        Assert.Contains("Stowarzyszenie Przyjaciół Kóz", mail.Text);
    }
}
