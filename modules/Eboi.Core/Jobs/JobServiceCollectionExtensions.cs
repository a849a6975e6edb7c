using Eboi.Core.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Eboi.Core.Jobs;

/// <summary>How modules add scheduled jobs and queues to the one job loop, from their ConfigureServices.</summary>
public static class JobServiceCollectionExtensions
{
    /// <summary>
    /// Runs <typeparamref name="TJob"/> (scoped) at every occurrence of <paramref name="cron"/> (5 fields, or 6 with
    /// seconds; Europe/Warsaw time), once per active tenant or once host-wide. Each occurrence runs once across all
    /// nodes; occurrences missed while no node ran collapse into one run. <paramref name="name"/> identifies the job in
    /// the database: keep it stable and unique (e.g. "taxes.reminders").
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, string cron, JobScope scope)
        where TJob : class, IScheduledJob
    {
        services.TryAddScoped<TJob>();
        services.AddSingleton(ScheduledJobRegistration.For<TJob>(name, cron, scope));
        return services;
    }

    /// <summary>Adds a sibling queue to the loop (as the e-mail outbox does); it runs after the queues registered before it.</summary>
    public static IServiceCollection AddJobQueue<TQueue>(this IServiceCollection services) where TQueue : class, IJobQueue
    {
        services.TryAddSingleton<TQueue>();
        services.AddSingleton<IJobQueue>(sp => sp.GetRequiredService<TQueue>());
        return services;
    }

    /// <summary>The loop, its worker, the publisher and Core's two queues (cron fan-out first, then deliveries).</summary>
    internal static IServiceCollection AddEboiJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobOptions>().Bind(configuration.GetSection(JobOptions.Section));
        services.AddSingleton<JobSignal>();
        services.AddSingleton<JobWakeInterceptor>();
        services.AddScoped<IDomainEventPublisher, DomainEventPublisher>();
        services.AddJobQueue<JobScheduleQueue>();
        services.AddJobQueue<JobDeliveryQueue>();
        services.AddSingleton<JobLoop>();
        services.AddHostedService<JobWorker>();
        return services;
    }
}
