using Eboi.Forms.Domain;

namespace Eboi.Tests.Forms;

public sealed class FormValidatorTests
{
    private static readonly FormField Name = new() { Name = "imie", Kind = FieldKind.Text, Label = "Imię i nazwisko", Required = true, MaxLength = 20 };
    private static readonly FormField Pesel = new() { Name = "pesel", Kind = FieldKind.Pesel, Label = "PESEL", Required = true };
    private static readonly FormField Nip = new() { Name = "nip", Kind = FieldKind.Nip, Label = "NIP" };
    private static readonly FormField People = new() { Name = "osoby", Kind = FieldKind.Number, Label = "Liczba osób", Required = true, Min = 1, Max = 30 };
    private static readonly FormField Since = new() { Name = "od", Kind = FieldKind.Date, Label = "Data powstania obowiązku", Required = true };
    private static readonly FormField Way = new() { Name = "sposob", Kind = FieldKind.Select, Label = "Sposób odbioru", Required = true, Options = ["e-mail", "poczta"] };
    private static readonly FormField Consent = new() { Name = "zgoda", Kind = FieldKind.Checkbox, Label = "Oświadczam, że dane są prawdziwe", Required = true };
    private static readonly FormField Address = new() { Name = "adres", Kind = FieldKind.Address, Label = "Adres nieruchomości", Required = true };
    private static readonly FormField Scan = new() { Name = "skan", Kind = FieldKind.Attachment, Label = "Skan pełnomocnictwa", Required = true };
    private static readonly FormField Code = new() { Name = "kod", Kind = FieldKind.Text, Label = "Numer działki", Pattern = @"\d+/\d+", PatternMessage = "Numer działki wpisz jak 123/4" };

    private static readonly IReadOnlyList<FormField> All = [Name, Pesel, Nip, People, Since, Way, Consent, Address, Scan, Code];

    private static Dictionary<string, string?> Good() => new()
    {
        ["imie"] = "  Anna Nowak ", ["pesel"] = "4405 1401 458", ["nip"] = "PL 526-000-12-46", ["osoby"] = "3", ["od"] = "15.03.2026",
        ["sposob"] = "poczta", ["zgoda"] = "true", ["adres.ulica"] = "Krakowska", ["adres.numer"] = "5", ["adres.kod"] = "34 325", ["adres.miejscowosc"] = "Kozy",
        ["kod"] = "123/4",
    };

    private static FormValidator.Result Check(Dictionary<string, string?> answers, params string[] attached) => FormValidator.Check(All, answers, attached.ToHashSet());

    [Fact]
    public void Good_answers_pass_and_are_normalized_spaces_and_hyphens_accepted()
    {
        var r = Check(Good(), "skan");
        Assert.Empty(r.Errors);
        Assert.Equal("Anna Nowak", r.Answers["imie"]);
        Assert.Equal("44051401458", r.Answers["pesel"]);
        Assert.Equal("5260001246", r.Answers["nip"]);
        Assert.Equal("2026-03-15", r.Answers["od"]);
        Assert.Equal("34-325", r.Answers["adres.kod"]);
        Assert.Equal("true", r.Answers["zgoda"]);
        Assert.False(r.Answers.ContainsKey("adres.lokal"));
    }

    [Fact]
    public void Every_empty_required_field_gets_its_own_message_in_page_order_and_optional_ones_none()
    {
        var r = Check([]);
        Assert.Equal(["imie", "pesel", "osoby", "od", "sposob", "zgoda", "adres.numer", "adres.kod", "adres.miejscowosc", "skan"], r.Errors.Select(e => e.Key));
        Assert.Equal("Wpisz: imię i nazwisko", r.Errors[0].Message);
        Assert.Equal("Wpisz: PESEL", r.Errors[1].Message);
        Assert.Equal("Wybierz: sposób odbioru", r.Errors[4].Message);
        Assert.Equal("Zaznacz pole „Oświadczam, że dane są prawdziwe”", r.Errors[5].Message);
        Assert.Equal("Dołącz plik: skan pełnomocnictwa", r.Errors[^1].Message);
    }

    [Theory]
    [InlineData("pesel", "4405140145", "PESEL musi mieć 11 cyfr")]
    [InlineData("pesel", "44051401459", "PESEL: cyfra kontrolna albo data urodzenia się nie zgadza; sprawdź, czy nie ma literówki")]
    [InlineData("nip", "526000124", "NIP musi mieć 10 cyfr")]
    [InlineData("nip", "5260001247", "NIP: cyfra kontrolna się nie zgadza; sprawdź, czy nie ma literówki")]
    [InlineData("osoby", "trzy", "Liczba osób musi być liczbą, np. 12 albo 12,5")]
    [InlineData("osoby", "0", "Liczba osób musi wynosić co najmniej 1")]
    [InlineData("osoby", "31", "Liczba osób może wynosić najwyżej 30")]
    [InlineData("od", "31.02.2026", "Data powstania obowiązku musi być prawdziwą datą, np. 15.03.2026")]
    [InlineData("sposob", "gołąb", "Wybierz z listy: sposób odbioru")]
    [InlineData("imie", "Aleksandra Konstantynopolitańczykowianeczka", "Imię i nazwisko może mieć najwyżej 20 znaków")]
    [InlineData("adres.kod", "3432", "Kod pocztowy musi mieć format NN-NNN, np. 34-325")]
    [InlineData("kod", "123", "Numer działki wpisz jak 123/4")]
    public void A_wrong_answer_gets_a_specific_message_on_its_own_input(string key, string value, string message)
    {
        var answers = Good();
        answers[key] = value;
        var error = Assert.Single(Check(answers, "skan").Errors);
        Assert.Equal((key, message), (error.Key, error.Message));
    }

    [Fact]
    public void A_decimal_comma_and_the_iso_date_of_a_date_input_are_accepted()
    {
        var answers = Good();
        answers["osoby"] = "2,5";
        answers["od"] = "2026-03-15";
        var r = Check(answers, "skan");
        Assert.Empty(r.Errors);
        Assert.Equal("2.5", r.Answers["osoby"]);
        Assert.Equal("2026-03-15", r.Answers["od"]);
    }

    [Fact]
    public void An_optional_address_may_stay_empty_but_once_started_must_be_whole()
    {
        var optional = Address with { Required = false };
        Assert.Empty(FormValidator.Check([optional], new Dictionary<string, string?>(), new HashSet<string>()).Errors);
        var started = FormValidator.Check([optional], new Dictionary<string, string?> { ["adres.ulica"] = "Długa" }, new HashSet<string>());
        Assert.Equal(["adres.numer", "adres.kod", "adres.miejscowosc"], started.Errors.Select(e => e.Key));
    }

    [Fact]
    public void Keys_that_are_not_the_forms_are_dropped()
    {
        var answers = Good();
        answers["wstrzykniete"] = "x";
        Assert.DoesNotContain("wstrzykniete", Check(answers, "skan").Answers.Keys);
    }
}
