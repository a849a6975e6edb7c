using Eboi.Forms.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Eboi.Forms.Admin;

/// <summary>The field kinds as the form builder names them.</summary>
internal static class FieldKindLabels
{
    public static readonly IReadOnlyList<(FieldKind Kind, string Label)> All =
    [
        (FieldKind.Text, "Tekst (jedna linia)"),
        (FieldKind.LongText, "Tekst długi"),
        (FieldKind.Number, "Liczba"),
        (FieldKind.Date, "Data"),
        (FieldKind.Select, "Lista wyboru"),
        (FieldKind.Checkbox, "Pole wyboru (tak/nie)"),
        (FieldKind.Pesel, "PESEL"),
        (FieldKind.Nip, "NIP"),
        (FieldKind.Address, "Adres (ulica, numer, kod, miejscowość)"),
        (FieldKind.Attachment, "Załącznik (PDF, JPG, PNG)"),
    ];

    public static IReadOnlyList<SelectListItem> Items => [.. All.Select(k => new SelectListItem(k.Label, k.Kind.ToString()))];

    public static string Of(FieldKind kind) => All.First(k => k.Kind == kind).Label;
}
