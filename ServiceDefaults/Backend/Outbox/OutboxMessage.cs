namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>
/// An event (or a delayed redelivery) stored in the same transaction as the state change that caused it.
/// The dispatcher publishes it after the commit and marks it dispatched; a row is never dropped.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Dispatch order within one service.</summary>
    public long Sequence { get; set; }

    /// <summary>The MassTransit MessageId: consumers' inboxes deduplicate on it.</summary>
    public Guid MessageId { get; set; }

    /// <summary>"Namespace.Type, Assembly" of the message.</summary>
    public required string MessageType { get; set; }

    /// <summary>The message as JSON, serialized as MassTransit serializes it.</summary>
    public required string Body { get; set; }

    /// <summary>Headers to send with the message, as a JSON object of strings (redelivery count, for instance).</summary>
    public string? Headers { get; set; }

    /// <summary>Null to publish to every subscriber; a queue address to send to (a redelivery, or a message for one service).</summary>
    public string? Destination { get; set; }

    /// <summary>W3C trace context of the request that produced the message, so its trace continues.</summary>
    public string? TraceParent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not dispatched before this time (a delayed redelivery); equal to CreatedAt otherwise.</summary>
    public DateTimeOffset NotBefore { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }
}
