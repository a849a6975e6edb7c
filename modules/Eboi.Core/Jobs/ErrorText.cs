namespace Eboi.Core.Jobs;

/// <summary>The whole exception chain ("Failure sending mail. → Connection refused") for last_error, since the outer message alone says little.</summary>
public static class ErrorText
{
    public const int MaxLength = 2000;

    public static string Describe(Exception e)
    {
        var parts = new List<string>();
        for (var x = e; x is not null; x = x.InnerException) parts.Add($"{x.GetType().Name}: {x.Message}");
        var text = string.Join(" → ", parts);
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
