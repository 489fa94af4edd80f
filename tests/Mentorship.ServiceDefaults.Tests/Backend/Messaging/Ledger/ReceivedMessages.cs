using System.Collections.Concurrent;
using MassTransit;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>
/// Counts messages the bus has finished receiving (acknowledged), by message id: a duplicate the inbox
/// skips never reaches the consumer, so this is where "both copies were handled" shows.
/// </summary>
public sealed class ReceivedMessages : IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, int> _received = new();

    public int Count(Guid messageId) => _received.GetValueOrDefault(messageId);

    public Task PostReceive(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id)
            _received.AddOrUpdate(id, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
