using MassTransit;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>What the inbox asks of the batcher of one batched consumer (<see cref="InboxBatcher{TConsumer, TMessage}"/>).</summary>
public interface IInboxBatcher<TMessage>
    where TMessage : class
{
    /// <summary>
    /// Applies the message with the others of its batch. True when its batch committed (applied, or found
    /// already applied); false when the batch failed and the caller must apply this message alone.
    /// </summary>
    Task<bool> ApplyAsync(ConsumeContext<TMessage> context, string consumer);
}
