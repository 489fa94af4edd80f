using System.Collections.Concurrent;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>
/// Which queues apply which message type in batches, and with which consumer's batcher. A batched
/// consumer's endpoint adds itself as the bus configures it; the inbox looks its queue up for every
/// message, so another consumer of the same message type (another queue) keeps its own one-message path.
/// A queue holds one consumer, as ConfigureEndpoints makes them: the inbox's claims are per queue too.
/// </summary>
public sealed class InboxBatchers
{
    private readonly ConcurrentDictionary<(string Queue, Type Message), object> _batchers = new();

    /// <summary>The batcher of the queue's consumer for this message type, or null when the queue applies it one message at a time.</summary>
    internal IInboxBatcher<TMessage>? For<TMessage>(string queue)
        where TMessage : class =>
        _batchers.TryGetValue((queue, typeof(TMessage)), out var batcher) ? (IInboxBatcher<TMessage>)batcher : null;

    internal void Add<TMessage>(Uri inputAddress, IInboxBatcher<TMessage> batcher)
        where TMessage : class =>
        _batchers[(QueueOf(inputAddress), typeof(TMessage))] = batcher;

    /// <summary>The queue of a receive endpoint: the last segment of its address. Inbox claims are recorded under it.</summary>
    internal static string QueueOf(Uri inputAddress) => inputAddress.Segments[^1].Trim('/');
}
