using System.Collections.Concurrent;
using Eboi.Core.Notifications;

namespace Eboi.IntegrationTests.Workflows;

/// <summary>The tests' SMS catcher: the app's <see cref="ISmsSender"/> records instead of writing to the log.</summary>
public sealed class RecordedSms : ISmsSender
{
    public ConcurrentQueue<(string Phone, string Text)> Sent { get; } = new();

    public Task SendAsync(string phone, string text, CancellationToken ct)
    {
        Sent.Enqueue((phone, text));
        return Task.CompletedTask;
    }
}
