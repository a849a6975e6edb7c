using Eboi.Cases.Domain;
using Eboi.Cases.Import;

namespace Eboi.Cases.Recipes;

/// <summary>
/// Builds a gmina's demo cases: each party gets a property-tax case in progress (three stages, their application and
/// the office's call to complete it, as a PDF) and a finished certificate case (the certificate as a PDF). Dates are
/// relative to today; external ids and signs are stable, so applying again changes nothing.
/// </summary>
internal static class DemoCaseData
{
    public sealed record DemoOfficer(string Name, string Department, string? Phone, string Email);
    public sealed record DemoParty(string Name, string? Pesel, string? Nip);
    public sealed record Demo(string Unit, DemoOfficer Officer, List<DemoParty> Parties);

    public const string TaxClass = "3120";
    public const string CertificateClass = "3125";

    /// <summary>The external id of party <paramref name="index"/>'s case in progress (the demo message is written in it).</summary>
    public static string OngoingId(int index) => $"demo-sprawa-{index + 1}-podatek";

    public static CaseImportBatch Build(string gminaName, Demo demo, DateOnly today)
    {
        var year = today.Year;
        var cases = new List<ImportCase>();
        var documents = new List<ImportDocument>();
        var officer = new ImportOfficer { Name = demo.Officer.Name, Department = demo.Officer.Department, Phone = demo.Officer.Phone, Email = demo.Officer.Email };
        for (var i = 0; i < demo.Parties.Count; i++)
        {
            var p = demo.Parties[i];
            var party = new ImportParty { Name = p.Name, Pesel = p.Pesel, Nip = p.Nip };
            var ongoing = OngoingId(i);
            var started = today.AddDays(-40);
            cases.Add(new ImportCase
            {
                ExternalId = ongoing, Sign = CaseSign.Generate(demo.Unit, TaxClass, i + 1, year).ToString(),
                Title = $"Korekta wymiaru podatku od nieruchomości na {year} r.", JrwaName = "Podatek od nieruchomości", Status = CaseStatuses.Open,
                StartedOn = started, Officer = officer, Parties = [party],
                Stages =
                [
                    new() { Name = "Wszczęcie postępowania na wniosek", Date = started },
                    new() { Name = "Wezwanie do uzupełnienia wniosku", Date = today.AddDays(-25), Note = "Prosimy o dołączenie aktu notarialnego w terminie 7 dni." },
                    new() { Name = "Uzupełnienie wniosku przez stronę", Date = today.AddDays(-15) },
                    new() { Name = "Analiza dokumentów", Date = today.AddDays(-10), Note = "Decyzja zostanie wydana w ciągu 30 dni od uzupełnienia wniosku." },
                ],
            });
            documents.Add(Document($"{ongoing}-wniosek", ongoing, DocumentDirections.In, $"RPW/{100 + i * 3}/{year}", "Wniosek o korektę wymiaru podatku", started,
                gminaName, p.Name));
            documents.Add(Document($"{ongoing}-wezwanie", ongoing, DocumentDirections.Out, $"RPW/{101 + i * 3}/{year}", "Wezwanie do uzupełnienia wniosku", today.AddDays(-25),
                gminaName, p.Name));

            var finished = $"demo-sprawa-{i + 1}-zaswiadczenie";
            cases.Add(new ImportCase
            {
                ExternalId = finished, Sign = CaseSign.Generate(demo.Unit, CertificateClass, i + 1, year).ToString(),
                Title = "Wydanie zaświadczenia o niezaleganiu w podatkach", JrwaName = "Zaświadczenia w sprawach podatkowych", Status = CaseStatuses.Closed,
                StartedOn = today.AddDays(-90), ClosedOn = today.AddDays(-84), Officer = officer, Parties = [party],
                Stages =
                [
                    new() { Name = "Złożenie wniosku", Date = today.AddDays(-90) },
                    new() { Name = "Wydanie zaświadczenia", Date = today.AddDays(-84) },
                ],
            });
            documents.Add(Document($"{finished}-zaswiadczenie", finished, DocumentDirections.Out, $"RPW/{102 + i * 3}/{year}", "Zaświadczenie o niezaleganiu w podatkach",
                today.AddDays(-84), gminaName, p.Name));
        }
        return new CaseImportBatch { Cases = cases, Documents = documents };
    }

    private static ImportDocument Document(string id, string caseId, string direction, string number, string title, DateOnly date, string gmina, string party) => new()
    {
        ExternalId = id, Case = caseId, Direction = direction, RegisterNumber = number, Title = title, DocumentDate = date, RegisteredOn = date,
        Files =
        [
            new()
            {
                Name = $"{id}.pdf",
                Content = Convert.ToBase64String(SimplePdf.Create([gmina, "", title, $"Nr {number} z dnia {date:yyyy-MM-dd}", $"Strona: {party}", "",
                    "Dokument demonstracyjny portalu eBOI."])),
            },
        ],
    };
}
