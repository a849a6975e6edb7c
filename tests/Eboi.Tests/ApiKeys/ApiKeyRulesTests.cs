using Eboi.ApiKeys.Domain;

namespace Eboi.Tests.ApiKeys;

/// <summary>A new key's name and scope, with the Polish message for each problem.</summary>
public sealed class ApiKeyRulesTests
{
    private static readonly string[] Scopes = ["open311", "podatki"];

    [Fact]
    public void A_name_and_a_registered_scope_pass_trimmed()
    {
        var input = ApiKeyRules.Check("  Naprawmy To  ", "open311", Scopes);
        Assert.Empty(input.Errors);
        Assert.Equal("Naprawmy To", input.Name);
        Assert.Equal("open311", input.Scope);
    }

    [Theory]
    [InlineData(null, "open311", "Name", "Wpisz nazwę klucza")]
    [InlineData(" ", "open311", "Name", "Wpisz nazwę klucza")]
    [InlineData("System", null, "Scope", "Wybierz zakres")]
    [InlineData("System", "sprawy", "Scope", "Nie ma zakresu „sprawy”. Dostępne: open311, podatki.")]
    public void Each_problem_has_its_field_and_a_polish_message(string? name, string? scope, string field, string message)
    {
        var (f, m) = Assert.Single(ApiKeyRules.Check(name, scope, Scopes).Errors);
        Assert.Equal(field, f);
        Assert.Contains(message, m);
    }

    [Fact]
    public void A_name_longer_than_the_limit_is_refused()
    {
        Assert.Empty(ApiKeyRules.Check(new string('a', ApiKeyRules.NameMax), "open311", Scopes).Errors);
        Assert.Contains("najwyżej 100 znaków", Assert.Single(ApiKeyRules.Check(new string('a', ApiKeyRules.NameMax + 1), "open311", Scopes).Errors).Message);
    }
}
