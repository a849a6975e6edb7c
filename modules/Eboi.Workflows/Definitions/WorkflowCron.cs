using Cronos;

namespace Eboi.Workflows.Definitions;

/// <summary>Cron expressions of timer workflows: 5 fields, Europe/Warsaw time (as Core's scheduled jobs).</summary>
internal static class WorkflowCron
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static bool TryParse(string? text, out CronExpression? expression)
    {
        expression = null;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 5) return false;
        try
        {
            expression = CronExpression.Parse(text.Trim(), CronFormat.Standard);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }

    /// <summary>The first occurrence after <paramref name="after"/> (UTC), or null when there is none or the text is not cron.</summary>
    public static DateTimeOffset? NextAfter(string? cron, DateTimeOffset after) =>
        TryParse(cron, out var expression) ? expression!.GetNextOccurrence(after, Warsaw)?.ToUniversalTime() : null;
}
