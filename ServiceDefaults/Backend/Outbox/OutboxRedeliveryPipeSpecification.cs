using MassTransit;
using MassTransit.Configuration;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

public sealed class OutboxRedeliveryPipeSpecification<TMessage>(IServiceProvider services)
    : IPipeSpecification<ConsumeContext<TMessage>>, IRedeliveryPipeSpecification
    where TMessage : class
{
    public RedeliveryOptions Options { get; set; }

    public void Apply(IPipeBuilder<ConsumeContext<TMessage>> builder) =>
        builder.AddFilter(new OutboxRedeliveryFilter<TMessage>(services));

    public IEnumerable<ValidationResult> Validate() => [];
}
