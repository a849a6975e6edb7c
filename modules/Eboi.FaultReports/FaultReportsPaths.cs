using Eboi.FaultReports.Domain;

namespace Eboi.FaultReports;

/// <summary>Routes of the fault reports module (under the tenant's base path).</summary>
public static class FaultReportsPaths
{
    public const string List = "/usterki";
    public const string Report = "/usterki/zglos";
    public const string Submitted = "/usterki/zgloszono";
    public const string Map = "/usterki/mapa";
    public const string MapData = "/usterki/mapa/dane";
    public const string MyReports = "/konto/zgloszenia";
    public const string Admin = "/admin/usterki";
    public const string AdminCategories = "/admin/usterki/kategorie";

    public static string Detail(string number) => $"/usterki/{ReportNumber.ToSlug(number)}";
    public static string Photo(string number, int position) => $"/usterki/{ReportNumber.ToSlug(number)}/zdjecia/{position}";
    public static string Confirm(string token) => $"/usterki/potwierdz/{token}";
    public static string AdminDetail(string number) => $"/admin/usterki/{ReportNumber.ToSlug(number)}";
    public static string AdminCategory(string key) => $"{AdminCategories}/{key}";
    public static string AdminPhoto(string number, int position) => $"/admin/usterki/{ReportNumber.ToSlug(number)}/zdjecia/{position}";
}
