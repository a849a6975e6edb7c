using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Eboi.FaultReports.Domain;

/// <summary>What a report must satisfy, with the Polish messages shown next to the fields. Pure: unit-tested.</summary>
internal static partial class FaultReportRules
{
    public const int TitleMax = 120;
    public const int DescriptionMax = 4000;
    public const int AddressMax = 300;
    public const int NameMax = 120;
    public const int PhoneMax = 30;
    public const int NoteMax = 2000;
    public const int MaxPhotos = 3;

    /// <summary>Field names as the form posts them (and Open311 errors name), so errors land next to their field.</summary>
    public static class Fields
    {
        public const string Category = "Category";
        public const string Title = "Title";
        public const string Description = "Description";
        public const string Location = "Location";
        public const string Photos = "Photos";
        public const string Name = "Name";
        public const string Email = "Email";
        public const string Phone = "Phone";

        public static readonly string[] InPageOrder = [Category, Title, Description, Location, Photos, Name, Email, Phone];
    }

    /// <summary>What the reporter typed (contact fields are null for a signed-in reporter: the account supplies them).</summary>
    public sealed record Input(string? CategoryKey, string? Title, string? Description, string? Location, string? Name, string? Email, string? Phone, bool Anonymous);

    /// <summary>A checked report: trimmed values, parsed coordinates and the place text, or the errors.</summary>
    public sealed record Checked(string Title, string Description, double Lat, double Lon, string Address, string Name, string Email, string? Phone,
        IReadOnlyList<(string Field, string Message)> Errors);

    public static Checked Check(Input input, IReadOnlyCollection<string> categoryKeys, BoundingBox gmina)
    {
        var errors = new List<(string, string)>();
        var title = input.Title?.Trim() ?? "";
        var description = input.Description?.Trim() ?? "";
        if (string.IsNullOrWhiteSpace(input.CategoryKey)) errors.Add((Fields.Category, "Wybierz kategorię usterki."));
        else if (!categoryKeys.Contains(input.CategoryKey)) errors.Add((Fields.Category, "Wybierz kategorię z listy."));
        if (title.Length == 0) errors.Add((Fields.Title, "Wpisz krótki tytuł zgłoszenia, np. „Dziura w jezdni na ul. Polnej”."));
        else if (title.Length > TitleMax) errors.Add((Fields.Title, $"Tytuł może mieć najwyżej {TitleMax} znaków (ma {title.Length})."));
        if (description.Length == 0) errors.Add((Fields.Description, "Opisz usterkę: co się stało i gdzie dokładnie."));
        else if (description.Length > DescriptionMax) errors.Add((Fields.Description, $"Opis może mieć najwyżej {DescriptionMax} znaków (ma {description.Length})."));

        var (lat, lon, address, locationError) = CheckLocation(input.Location, gmina);
        if (locationError is not null) errors.Add((Fields.Location, locationError));

        var name = input.Name?.Trim() ?? "";
        var email = input.Email?.Trim() ?? "";
        var phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        if (input.Anonymous)
        {
            if (name.Length == 0) errors.Add((Fields.Name, "Podaj imię i nazwisko (nie pokażemy ich publicznie)."));
            else if (name.Length > NameMax) errors.Add((Fields.Name, $"Imię i nazwisko może mieć najwyżej {NameMax} znaków."));
            if (email.Length == 0) errors.Add((Fields.Email, "Podaj adres e-mail: wyślemy na niego link potwierdzający zgłoszenie."));
            else if (!IsEmail(email)) errors.Add((Fields.Email, "Wpisz adres e-mail w formacie nazwa@domena.pl."));
            if (phone is not null && !Phone().IsMatch(phone)) errors.Add((Fields.Phone, "Wpisz numer telefonu cyframi, np. 600 100 200, albo zostaw pole puste."));
        }
        return new(title, description, lat, lon, address, name, email, phone, errors);
    }

    /// <summary>
    /// The location field: "lat, lon" (decimal degrees, dot or comma decimals), optionally after a place description
    /// ("ul. Polna 5, 52.1234, 16.2345"). Refuses a place outside the gmina's bounding box.
    /// </summary>
    public static (double Lat, double Lon, string Address, string? Error) CheckLocation(string? text, BoundingBox gmina)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0)
            return (0, 0, "", "Wskaż miejsce usterki: kliknij na mapie albo wpisz współrzędne, np. 52.0712, 16.0123.");
        if (text.Length > AddressMax) return (0, 0, "", $"Opis miejsca może mieć najwyżej {AddressMax} znaków.");
        if (ParseCoordinates(text) is not { } at)
            return (0, 0, "", "Nie rozpoznaliśmy współrzędnych. Wpisz szerokość i długość geograficzną, np. 52.0712, 16.0123 (możesz dodać przed nimi opis miejsca).");
        if (at.Lat is < -90 or > 90 || at.Lon is < -180 or > 180)
            return (0, 0, "", "Szerokość geograficzna musi być między -90 a 90, a długość między -180 a 180.");
        if (!gmina.Contains(at.Lat, at.Lon))
            return (at.Lat, at.Lon, "", "To miejsce leży poza obszarem gminy. Zgłaszamy tu tylko usterki na terenie gminy; sprawdź współrzędne albo zgłoś usterkę właściwemu urzędowi.");
        var address = at.Place.Length > 0 ? at.Place : string.Create(CultureInfo.InvariantCulture, $"{at.Lat:F5}, {at.Lon:F5}");
        return (at.Lat, at.Lon, address, null);
    }

    /// <summary>The last two numbers of the text as (lat, lon), and what precedes them as the place description.</summary>
    public static (double Lat, double Lon, string Place)? ParseCoordinates(string text)
    {
        var m = Coordinates().Match(text);
        if (!m.Success) return null;
        static double Num(string s) => double.Parse(s.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
        var place = text[..m.Index].Trim().TrimEnd(',', ';', ' ').Trim();
        return (Num(m.Groups["lat"].Value), Num(m.Groups["lon"].Value), place);
    }

    public static bool IsEmail(string email) =>
        email.Length <= 254 && MailAddress.TryCreate(email, out var a) && a.Address == email && email.Contains('.', StringComparison.Ordinal);

    /// <summary>A public note or a rejection reason.</summary>
    public static string? CheckNote(string? note, bool required, out string? error)
    {
        note = note?.Trim();
        error = null;
        if (string.IsNullOrEmpty(note))
        {
            if (required) error = "Wpisz powód: zobaczy go zgłaszający.";
            return null;
        }
        if (note.Length > NoteMax) error = $"Notatka może mieć najwyżej {NoteMax} znaków (ma {note.Length}).";
        return note;
    }

    // "lat, lon" / "lat lon" / "lat; lon" at the end of the text; decimals with a dot, or a comma when separated by "; " or spaces.
    [GeneratedRegex(@"(?<lat>-?\d{1,2}(?:[.,]\d+)?)\s*[,; ]\s*(?<lon>-?\d{1,3}(?:[.,]\d+)?)\s*$")]
    private static partial Regex Coordinates();

    [GeneratedRegex(@"^\+?[0-9 ()-]{6,20}$")]
    private static partial Regex Phone();
}
