using System.Diagnostics;

namespace Eboi.IntegrationTests.Infrastructure;

/// <summary>
/// How long each test class waited for its database and its started app, written to the report "ready-times-{project}"
/// (first line: the totals, which ./eboi test prints) so template and fixture changes can be measured.
/// </summary>
public static class ReadyTimes
{
    private static readonly Lock Gate = new();
    private static readonly List<(string Owner, TimeSpan Database, TimeSpan App)> Times = [];
    private static string _project = "";

    /// <summary>Times <paramref name="database"/> and then <paramref name="app"/>, and records both for <paramref name="owner"/>.</summary>
    public static async Task<T> MeasureAsync<T>(Type owner, Func<Task<TestDatabase>> database, Func<TestDatabase, T> app)
    {
        var clock = Stopwatch.StartNew();
        var db = await database();
        var databaseTime = clock.Elapsed;
        var started = app(db);
        Record(owner, databaseTime, clock.Elapsed - databaseTime);
        return started;
    }

    private static void Record(Type owner, TimeSpan database, TimeSpan app)
    {
        lock (Gate)
        {
            Times.Add((owner.Name, database, app));
            // One test process runs one project; the fixtures' assembly names it (the browser tests' own, or this one).
            if (owner.Assembly != typeof(ReadyTimes).Assembly || _project.Length == 0) _project = owner.Assembly.GetName().Name!;
            var project = _project;
            static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0} ms";
            var header = $"ready times ({project}): {Times.Count} fixtures, database {Ms(Sum(t => t.Database))} (mean {Ms(Sum(t => t.Database) / Times.Count)}), " +
                         $"app start {Ms(Sum(t => t.App))} (mean {Ms(Sum(t => t.App) / Times.Count)})";
            TestReports.Write($"ready-times-{project}", [header, .. Times.Select(t => $"{t.Owner}\tdatabase {Ms(t.Database)}\tapp {Ms(t.App)}")]);
        }
    }

    private static TimeSpan Sum(Func<(string Owner, TimeSpan Database, TimeSpan App), TimeSpan> part) =>
        TimeSpan.FromTicks(Times.Sum(t => part(t).Ticks));
}
