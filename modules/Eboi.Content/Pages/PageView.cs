using System.Text.Json.Nodes;
namespace Eboi.Content.Pages;

/// <summary>View model of a published page.</summary>
internal sealed record PageView(string Title, string Body, DateTimeOffset? PublishedAt)
{
    public static PageView From(ContentVersion v)
    {
        var data = JsonNode.Parse(v.Data)!.AsObject();
        return new PageView(v.Title, data["body"]?.GetValue<string>() ?? "", v.PublishedAt);
    }
}
