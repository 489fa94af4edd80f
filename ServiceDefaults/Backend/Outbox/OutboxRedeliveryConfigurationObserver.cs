using MassTransit;
using MassTransit.Configuration;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>
/// MassTransit's scheduled redelivery (retry policy, redelivery count, fault after the last interval)
/// with the outbox in place of a message scheduler, for every message type of an endpoint.
/// </summary>
public sealed class OutboxRedeliveryConfigurationObserver(
    IConsumePipeConfigurator configurator,
    IServiceProvider services,
    Action<IRedeliveryConfigurator> configure)
    : ScheduledRedeliveryConfigurationObserver(configurator, configure)
{
    protected override IRedeliveryPipeSpecification AddRedeliveryPipeSpecification<TMessage>(IConsumePipeConfigurator configurator)
    {
        var specification = new OutboxRedeliveryPipeSpecification<TMessage>(services);
        configurator.AddPipeSpecification(specification);
        return specification;
    }
}
