namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>
/// Applies many messages of one type at once, set-based, in the transaction the inbox opened and in
/// which it claimed their ids: a consumer that implements it is registered with
/// <c>AddBatchedConsumer</c>, and the same consumer's <c>Consume</c> applies one message the same way.
/// </summary>
public interface IBatchApplier<in TMessage>
    where TMessage : class
{
    /// <summary>Applies the messages (each at most once: the inbox claimed them) and saves the changes; the inbox commits.</summary>
    Task ApplyAsync(IReadOnlyList<TMessage> messages, CancellationToken cancellationToken);
}
