namespace Eboi.ApiKeys.Domain;

/// <summary>What a new key needs: a name the office recognises and a registered scope; Polish messages per field.</summary>
internal static class ApiKeyRules
{
    public const int NameMax = 100;

    public static class Fields
    {
        public const string Name = nameof(Name);
        public const string Scope = nameof(Scope);
        public static readonly IReadOnlyList<string> InPageOrder = [Name, Scope];
    }

    public sealed record Input(string Name, string Scope, IReadOnlyList<(string Field, string Message)> Errors);

    public static Input Check(string? name, string? scope, IReadOnlyCollection<string> scopes)
    {
        var errors = new List<(string, string)>();
        var n = (name ?? "").Trim();
        var s = (scope ?? "").Trim();
        if (n.Length == 0) errors.Add((Fields.Name, "Wpisz nazwę klucza, np. nazwę systemu, który będzie go używał."));
        else if (n.Length > NameMax) errors.Add((Fields.Name, $"Nazwa klucza może mieć najwyżej {NameMax} znaków."));
        if (s.Length == 0) errors.Add((Fields.Scope, "Wybierz zakres klucza."));
        else if (!scopes.Contains(s)) errors.Add((Fields.Scope, $"Nie ma zakresu „{s}”. Dostępne: {string.Join(", ", scopes)}."));
        return new(n, s, errors);
    }
}
