using System.Text.Json.Nodes;

namespace Eboi.Catalog.Admin;

/// <summary>
/// What the staff editor posts for a karta usługi. Lists are edited as one item per line (keywords also by comma);
/// the form maps to and from the same jsonb shape recipes write (Domain/ServiceCard), so the public page renders it.
/// </summary>
internal sealed class ServiceCardForm
{
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Category { get; set; }
    public string? Summary { get; set; }
    public string? Description { get; set; }
    public string? WhoMayApply { get; set; }
    public string? RequiredDocuments { get; set; }
    public string? Fees { get; set; }
    public string? TimeLimit { get; set; }
    public PlaceInput Place { get; set; } = new();
    public string? Appeal { get; set; }
    public string? LegalBasis { get; set; }
    public List<FormLinkInput> Forms { get; set; } = [];
    public string? EpuapUrl { get; set; }
    public bool Online { get; set; }
    public string? Keywords { get; set; }

    /// <summary>The version the editor started from; a newer one saved meanwhile is reported instead of overwritten silently.</summary>
    public int BaseVersion { get; set; }

    /// <summary>Fills the form from a version's columns and jsonb data.</summary>
    public static ServiceCardForm From(string title, string slug, string? category, JsonObject data, int version)
    {
        string? Text(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        string Lines(string field) => data[field] is JsonArray a ? string.Join("\n", a.Select(Text).Where(s => s is not null)) : "";
        var place = data["place"] as JsonObject;
        return new ServiceCardForm
        {
            Title = title, Slug = slug, Category = category,
            Summary = Text(data["summary"]), Description = Text(data["description"]), WhoMayApply = Text(data["whoMayApply"]),
            RequiredDocuments = Lines("requiredDocuments"), Fees = Text(data["fees"]), TimeLimit = Text(data["timeLimit"]),
            Place = new PlaceInput { Office = Text(place?["office"]), Room = Text(place?["room"]), Hours = Text(place?["hours"]) },
            Appeal = Text(data["appeal"]), LegalBasis = Lines("legalBasis"),
            Forms = data["forms"] is JsonArray forms
                ? forms.OfType<JsonObject>().Select(f => new FormLinkInput { Title = Text(f["title"]), Url = Text(f["url"]) }).ToList()
                : [],
            EpuapUrl = Text(data["epuapUrl"]),
            Online = data["online"] is JsonValue online && online.TryGetValue<bool>(out var b) && b,
            Keywords = Lines("keywords"),
            BaseVersion = version,
        };
    }

    /// <summary>
    /// The card as recipe-shaped JSON (key, slug, title, category and the data fields). Empty fields are left out, as
    /// in recipes; fields this editor does not know (from a newer recipe) are kept from the previous version.
    /// </summary>
    public JsonObject ToCard(string key, string slug, JsonObject? previousData)
    {
        var card = (JsonObject?)previousData?.DeepClone() ?? [];
        foreach (var field in KnownFields) card.Remove(field);
        card["key"] = key;
        card["slug"] = slug;
        card["title"] = Clean(Title);
        card["category"] = Clean(Category);
        Put(card, "summary", Clean(Summary));
        Put(card, "description", Clean(Description));
        Put(card, "whoMayApply", Clean(WhoMayApply));
        PutList(card, "requiredDocuments", SplitLines(RequiredDocuments));
        Put(card, "fees", Clean(Fees));
        Put(card, "timeLimit", Clean(TimeLimit));
        var place = new JsonObject();
        Put(place, "office", Clean(Place.Office));
        Put(place, "room", Clean(Place.Room));
        Put(place, "hours", Clean(Place.Hours));
        if (place.Count > 0) card["place"] = place;
        Put(card, "appeal", Clean(Appeal));
        PutList(card, "legalBasis", SplitLines(LegalBasis));
        var forms = FilledForms().Select(f => (JsonNode)new JsonObject { ["title"] = Clean(f.Title), ["url"] = Clean(f.Url) }).ToArray();
        if (forms.Length > 0) card["forms"] = new JsonArray(forms);
        Put(card, "epuapUrl", Clean(EpuapUrl));
        card["online"] = Online;
        PutList(card, "keywords", KeywordList());
        return card;
    }

    /// <summary>Form rows with anything typed in them (an empty row is the blank one offered for a new form).</summary>
    public IEnumerable<FormLinkInput> FilledForms() =>
        Forms.Where(f => !string.IsNullOrWhiteSpace(f.Title) || !string.IsNullOrWhiteSpace(f.Url));

    public IReadOnlyList<string> KeywordList() =>
        SplitLines(Keywords).SelectMany(k => k.Split(',')).Select(k => k.Trim()).Where(k => k.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static IReadOnlyList<string> SplitLines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>Trims and uses \n line ends (browsers post \r\n from a textarea).</summary>
    public static string Clean(string? text) => (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    private static readonly string[] KnownFields =
    [
        "key", "slug", "title", "category", "summary", "description", "whoMayApply", "requiredDocuments", "fees", "timeLimit",
        "place", "appeal", "legalBasis", "forms", "epuapUrl", "online", "keywords",
    ];

    private static void Put(JsonObject o, string name, string value)
    {
        if (value.Length > 0) o[name] = value;
    }

    private static void PutList(JsonObject o, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0) o[name] = new JsonArray(values.Select(v => (JsonNode)v).ToArray());
    }
}

/// <summary>Where the service is handled (the card's place object).</summary>
internal sealed class PlaceInput
{
    public string? Office { get; set; }
    public string? Room { get; set; }
    public string? Hours { get; set; }
}

/// <summary>One downloadable or online form: its name and address.</summary>
internal sealed class FormLinkInput
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}
