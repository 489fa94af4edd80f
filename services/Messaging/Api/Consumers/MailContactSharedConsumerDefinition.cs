using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Microsoft.Extensions.Options;

namespace Mentorship.Messaging.Consumers;

/// <summary>
/// Receives on the queue Enrollment sends to by name (<see cref="MailContactShared.Queue"/>), not one
/// the name formatter derives; test runs sharing a broker prefix it as they prefix every other queue.
/// </summary>
public sealed class MailContactSharedConsumerDefinition : ConsumerDefinition<MailContactSharedConsumer>
{
    public MailContactSharedConsumerDefinition(IOptions<MessagingOptions> options) =>
        EndpointName = options.Value.QueueName(MailContactShared.Queue);
}
