using System.Collections.Concurrent;
using MassTransit;

namespace Mentorship.Ops.Tests.Errors;

/// <summary>Fails while <see cref="Failing"/> is set; records the message ids it consumed.</summary>
public sealed class ProbeConsumer(ProbeConsumer.State state) : IConsumer<Probe>
{
    public Task Consume(ConsumeContext<Probe> context)
    {
        if (state.Failing)
            throw new InvalidOperationException("Probe refused on purpose");
        state.Consumed.Enqueue(context.MessageId);
        return Task.CompletedTask;
    }

    public sealed class State
    {
        public bool Failing { get; set; } = true;

        public ConcurrentQueue<Guid?> Consumed { get; } = new();
    }
}
