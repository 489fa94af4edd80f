using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Mentorship.Ops.Errors;

/// <summary>
/// The error queues, over AMQP. The RabbitMQ the AppHost starts locally enables no plugin (its
/// enabled_plugins is "[]"), so the management HTTP API is not there, and rabbitmqctl needs the node's
/// Erlang cookie and name, which a managed broker never gives out. AMQP works against both: counts come
/// from passive queue declares over the names the topology defines (<see cref="KnownQueues"/>), and a
/// queue is read by taking its messages without acknowledging them, then handing them back, so a
/// listing changes nothing but the messages' redelivered flag.
/// </summary>
public sealed class ErrorQueues : IAsyncDisposable
{
    public const string Suffix = "_error";

    private const ushort NotFound = 404;
    private readonly IConnection _connection;

    private ErrorQueues(IConnection connection) => _connection = connection;

    public static async Task<ErrorQueues> ConnectAsync(string eventBus, CancellationToken cancellationToken = default)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(eventBus),
            ClientProvidedName = "mentorship-ops",
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(10),
        };
        return new ErrorQueues(await factory.CreateConnectionAsync(cancellationToken));
    }

    /// <summary>The queue a message of this error queue came from.</summary>
    public static string OriginOf(string errorQueue) =>
        errorQueue.EndsWith(Suffix, StringComparison.Ordinal) && errorQueue.Length > Suffix.Length
            ? errorQueue[..^Suffix.Length]
            : throw new OpsException($"\"{errorQueue}\" is not an error queue: its name does not end in {Suffix}.");

    /// <summary>How many messages wait in the queue; null when it does not exist.</summary>
    public async Task<uint?> CountAsync(string queue, CancellationToken cancellationToken = default)
    {
        // A passive declare of a missing queue closes its channel: one channel per question.
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException closed) when (closed.ShutdownReason?.ReplyCode == NotFound)
        {
            return null;
        }
    }

    /// <summary>Each existing queue with its count and its most common reasons (among the first <paramref name="sample"/> messages).</summary>
    public async Task<IReadOnlyList<ErrorQueueSummary>> SummarizeAsync(IEnumerable<string> queues, int sample, CancellationToken cancellationToken = default)
    {
        var summaries = new List<ErrorQueueSummary>();
        foreach (var queue in queues.Distinct())
        {
            if (await CountAsync(queue, cancellationToken) is not { } count)
                continue;
            var reasons = count == 0
                ? []
                : (await PeekAsync(queue, sample, cancellationToken))
                    .GroupBy(m => m.Reason)
                    .Select(g => new ReasonCount(g.Key, g.Count()))
                    .OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal)
                    .Take(3)
                    .ToList();
            summaries.Add(new ErrorQueueSummary(queue, count, reasons));
        }

        return summaries;
    }

    /// <summary>The first messages of the queue, described; all of them stay in the queue.</summary>
    public async Task<IReadOnlyList<FaultedMessage>> PeekAsync(string queue, int count, CancellationToken cancellationToken = default)
    {
        await using var channel = await OpenExistingAsync(queue, cancellationToken);
        var seen = new List<FaultedMessage>();
        ulong? last = null;
        while (seen.Count < count && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } taken)
        {
            seen.Add(FaultHeaders.Describe(taken.BasicProperties, taken.Body));
            last = taken.DeliveryTag;
        }

        if (last is { } tag)
            await channel.BasicNackAsync(tag, multiple: true, requeue: true, cancellationToken);
        return seen;
    }

    /// <summary>
    /// Sends messages back to the queue they failed in (the error queue's name without "_error"), the
    /// one with this message id or, with null, all those present when called. Each is published with
    /// a broker confirm before it leaves the error queue: a crash in between leaves a copy in both,
    /// which the consumer's inbox applies once (same message id). Returns how many were sent back.
    /// </summary>
    public async Task<int> ReplayAsync(string errorQueue, string? messageId, CancellationToken cancellationToken = default)
    {
        var origin = OriginOf(errorQueue);
        if (await CountAsync(origin, cancellationToken) is null)
            throw new OpsException($"The queue {origin} does not exist (any more): nothing to replay {errorQueue} into.");
        // Straight to the queue through the default exchange: only the consumer that failed gets it again.
        return await TakeAsync(errorQueue, messageId, (channel, taken) => channel.BasicPublishAsync(
            "", origin, mandatory: true, FaultHeaders.ForReplay(taken.BasicProperties), taken.Body, cancellationToken).AsTask(), cancellationToken);
    }

    /// <summary>Removes the message with this id from the error queue; returns whether it was there.</summary>
    public async Task<bool> DiscardAsync(string errorQueue, string messageId, CancellationToken cancellationToken = default) =>
        await TakeAsync(errorQueue, messageId, (_, _) => Task.CompletedTask, cancellationToken) > 0;

    public async ValueTask DisposeAsync()
    {
        await _connection.CloseAsync();
        _connection.Dispose();
    }

    /// <summary>
    /// Goes through the messages present when called; those selected are handled then acknowledged, the
    /// others are handed back unchanged, in their places, at the end.
    /// </summary>
    private async Task<int> TakeAsync(string queue, string? messageId, Func<IChannel, BasicGetResult, Task> handle, CancellationToken cancellationToken)
    {
        var present = await CountAsync(queue, cancellationToken)
            ?? throw new OpsException($"The queue {queue} does not exist.");
        await using var channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var taken = 0;
        var kept = new List<ulong>();
        for (var i = 0; i < present && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } message; i++)
        {
            if (messageId is not null && FaultHeaders.Describe(message.BasicProperties, message.Body).MessageId != messageId)
            {
                kept.Add(message.DeliveryTag);
                continue;
            }

            await handle(channel, message);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            taken++;
            if (messageId is not null)
                break;
        }

        foreach (var tag in kept)
            await channel.BasicNackAsync(tag, multiple: false, requeue: true, cancellationToken);
        return taken;
    }

    private async Task<IChannel> OpenExistingAsync(string queue, CancellationToken cancellationToken)
    {
        if (await CountAsync(queue, cancellationToken) is null)
            throw new OpsException($"The queue {queue} does not exist.");
        return await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
    }
}
