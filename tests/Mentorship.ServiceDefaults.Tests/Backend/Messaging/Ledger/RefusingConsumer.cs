using MassTransit;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>Never succeeds: its messages must end in the error queue with this reason.</summary>
public sealed class RefusingConsumer : IConsumer<EntryAdded>
{
    public const string Reason = "The ledger refuses this entry.";

    public Task Consume(ConsumeContext<EntryAdded> context) => throw new InvalidOperationException(Reason);
}
