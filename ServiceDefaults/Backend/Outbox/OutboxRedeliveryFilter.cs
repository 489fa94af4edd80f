using MassTransit;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>Offers the outbox as the redelivery mechanism to MassTransit's redelivery retry filter.</summary>
public sealed class OutboxRedeliveryFilter<TMessage>(IServiceProvider services) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public void Probe(ProbeContext context) => context.CreateFilterScope("outboxRedelivery");

    public Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        context.GetOrAddPayload<MessageRedeliveryContext>(() => new OutboxRedeliveryContext<TMessage>(context, services));
        return next.Send(context);
    }
}
