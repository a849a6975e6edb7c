using Cronos;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Core.Jobs;

/// <summary>A registered cron job: name, expression (evaluated in Europe/Warsaw time, so "0 3 * * *" is 03:00 Polish time all year) and scope.</summary>
public sealed class ScheduledJobRegistration
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    // Far future for an expression with no next occurrence (e.g. 30 February): the row stays, never due.
    private static readonly DateTimeOffset Never = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly CronExpression _expression;
    private readonly Func<IServiceProvider, ScheduledJobContext, CancellationToken, Task> _invoke;

    private ScheduledJobRegistration(string name, string cron, JobScope scope, Func<IServiceProvider, ScheduledJobContext, CancellationToken, Task> invoke)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A scheduled job needs a name.", nameof(name));
        Name = name;
        Cron = cron;
        _expression = CronExpression.Parse(cron, cron.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        PerTenant = scope == JobScope.PerTenant;
        _invoke = invoke;
    }

    public string Name { get; }
    public string Cron { get; }
    public bool PerTenant { get; }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, in UTC.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after) =>
        _expression.GetNextOccurrence(after, Warsaw)?.ToUniversalTime() ?? Never;

    internal static ScheduledJobRegistration For<TJob>(string name, string cron, JobScope scope) where TJob : class, IScheduledJob =>
        new(name, cron, scope, (services, context, ct) => services.GetRequiredService<TJob>().RunAsync(context, ct));

    internal Task InvokeAsync(IServiceProvider services, ScheduledJobContext context, CancellationToken ct) => _invoke(services, context, ct);
}
