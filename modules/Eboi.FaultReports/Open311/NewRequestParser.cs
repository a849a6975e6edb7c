using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Eboi.FaultReports.Open311;

/// <summary>POST /requests form fields to a new request, or the 400 errors of the protocol's own rules.</summary>
internal static class NewRequestParser
{
    /// <summary>The spec's limit on description.</summary>
    public const int DescriptionMax = 4000;

    private const int FieldMax = 200;

    public static (Open311NewRequest? Request, IReadOnlyList<Open311Error> Errors) Parse(IFormCollection form)
    {
        var errors = new List<Open311Error>();
        string? Field(string name)
        {
            var value = Open311Parameters.Optional(form, name);
            if (value is { Length: > FieldMax } && name != "description") errors.Add(new(400, $"{name}: najwyżej {FieldMax} znaków."));
            return value;
        }

        var serviceCode = Field("service_code");
        if (serviceCode is null) errors.Add(new(400, "service_code: podaj kod usługi (kategorii zgłoszenia) z listy services."));

        var latText = Field("lat");
        var longText = Field("long");
        decimal? lat = null, lon = null;
        if (latText is not null || longText is not null)
        {
            if (!TryCoordinate(latText, 90, out var la) || !TryCoordinate(longText, 180, out var lo))
                errors.Add(new(400, "lat, long: podaj obie współrzędne WGS84 z kropką dziesiętną, np. lat=51.4165, long=21.9690."));
            else (lat, lon) = (la, lo);
        }
        var address = Field("address_string");
        var addressId = Field("address_id");
        if (latText is null && longText is null && address is null && addressId is null)
            errors.Add(new(400, "Podaj miejsce: lat i long, address_string albo address_id."));

        var description = Open311Parameters.Optional(form, "description");
        if (description is { Length: > DescriptionMax }) errors.Add(new(400, $"description: najwyżej {DescriptionMax} znaków (jest {description.Length})."));

        var request = new Open311NewRequest(serviceCode ?? "", lat, lon, address, addressId, Field("email"), Field("first_name"), Field("last_name"),
            Field("phone"), description, Field("media_url"), Field("device_id"), Field("account_id"));
        return errors.Count > 0 ? (null, errors) : (request, []);
    }

    private static bool TryCoordinate(string? text, decimal limit, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && Math.Abs(value) <= limit;
}
