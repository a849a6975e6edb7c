using Eboi.Core.Data;

namespace Eboi.Tests.Data;

public sealed class SnakeCaseNamesTests
{
    [Theory]
    [InlineData("TenantId", "tenant_id")]
    [InlineData("OfficeName", "office_name")]
    [InlineData("Id", "id")]
    [InlineData("SearchKeywords", "search_keywords")]
    [InlineData("PublishedAt", "published_at")]
    public void Maps_pascal_case_to_snake_case(string name, string expected) => Assert.Equal(expected, SnakeCaseNames.ToSnake(name));
}
