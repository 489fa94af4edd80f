using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>
/// Publishes committed outbox rows. Several replicas may run: each claims a batch with
/// FOR UPDATE SKIP LOCKED, publishes it with broker confirms (all of the batch in flight at once), and
/// marks what was confirmed dispatched in the same transaction, in one statement. While the broker is
/// unreachable the unconfirmed rows stay pending and are tried again with growing pauses, so nothing is
/// dropped. Rows are handed to the broker in sequence order; consumers apply several messages at a time
/// and do not rely on order. A crash after publishing and before the commit publishes again: consumers' inboxes
/// make that harmless.
/// </summary>
public sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    BrokerConnectedSignal brokerConnected,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static readonly TimeSpan CleanupEvery = TimeSpan.FromHours(1);
    private static readonly TimeSpan UnreadableRowPause = TimeSpan.FromHours(1);
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        var nextCleanup = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            BatchOutcome outcome;
            try
            {
                outcome = await DispatchBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogBatchFailed(exception);
                outcome = BatchOutcome.Interrupted;
            }

            if (outcome == BatchOutcome.Interrupted)
            {
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromMilliseconds(200) : backoff * 2;
                if (backoff > _options.MaxBackoff)
                    backoff = _options.MaxBackoff;
                // A broker back after an outage ends the pause: its events go out as soon as it is there,
                // not up to MaxBackoff later (30 s in the broker drill). A database outage waits the pause.
                await brokerConnected.WaitAsync(backoff, clock, stoppingToken);
                continue;
            }

            backoff = TimeSpan.Zero;
            if (outcome == BatchOutcome.FullBatch)
                continue;

            if (clock.GetUtcNow() >= nextCleanup)
            {
                await CleanUpAsync(stoppingToken);
                nextCleanup = clock.GetUtcNow() + CleanupEvery;
            }

            await signal.WaitAsync(_options.PollInterval, stoppingToken);
        }
    }

    private async Task<BatchOutcome> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var now = clock.GetUtcNow();
        List<OutboxMessage> batch;
        // The poll runs every second in every service: untraced, or the dashboard's traces would be
        // mostly empty polls. Each dispatch is traced, as a child of the request that stored the event.
        using (SuppressInstrumentationScope.Begin())
        {
            batch = await db.Set<OutboxMessage>()
                .FromSqlInterpolated($"""
                    SELECT * FROM outbox_messages
                    WHERE dispatched_at IS NULL AND not_before <= {now}
                    ORDER BY sequence
                    LIMIT {_options.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .AsNoTracking()
                .ToListAsync(cancellationToken);
        }


        var outcome = batch.Count == _options.BatchSize ? BatchOutcome.FullBatch : BatchOutcome.Drained;
        // Every row of the batch is handed to the broker before any confirm is awaited: the confirms
        // come back together instead of one round trip per message.
        var publishing = new List<(OutboxMessage Row, Task Publish)>(batch.Count);
        foreach (var row in batch)
        {
            if (!TryRead(row, out var message, out var messageType, out var problem))
            {
                // Kept, not dropped: an operator can repair the row or deploy the missing type.
                MarkFailed(db, row, problem, clock.GetUtcNow() + UnreadableRowPause);
                LogUnreadable(row.Sequence, row.MessageType, problem);
                continue;
            }

            publishing.Add((row, PublishAsync(row, message, messageType, cancellationToken)));
        }

        var confirmed = new List<long>(publishing.Count);
        foreach (var (row, publish) in publishing)
        {
            try
            {
                await publish;
                confirmed.Add(row.Sequence);
                OutboxTelemetry.Dispatched.Add(1);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The broker is away or did not confirm: the row stays pending and the dispatcher pauses.
                // Rows after it that were confirmed are marked, so a redelivered copy is the exception.
                MarkFailed(db, row, exception.Message, row.NotBefore);
                LogPublishFailed(exception, row.Sequence, row.MessageType, row.Attempts);
                outcome = BatchOutcome.Interrupted;
            }
        }

        // What the broker confirmed is marked in one statement; the rows were read untracked, so only a
        // failed row goes through the change tracker. Before, each confirmed row was an entity to track
        // and an UPDATE of its own.
        if (confirmed.Count > 0)
        {
            var dispatchedAt = clock.GetUtcNow();
            await db.Set<OutboxMessage>()
                .Where(m => confirmed.Contains(m.Sequence))
                .ExecuteUpdateAsync(update => update.SetProperty(m => m.DispatchedAt, dispatchedAt), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private async Task PublishAsync(OutboxMessage row, object message, Type messageType, CancellationToken cancellationToken)
    {
        using var activity = StartActivity(row);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);

        var headers = OutboxHeaders.Read(row.Headers);
        if (row.Destination is null)
        {
            await bus.Publish(message, messageType, context => Stamp(context, row, headers), timeout.Token);
            return;
        }

        var endpoint = await bus.GetSendEndpoint(new Uri(row.Destination));
        await endpoint.Send(message, messageType, context => Stamp(context, row, headers), timeout.Token);
    }

    private static void Stamp(SendContext context, OutboxMessage row, IReadOnlyDictionary<string, object> headers)
    {
        context.MessageId = row.MessageId;
        foreach (var (key, value) in headers)
            context.Headers.Set(key, value);
    }

    private static Activity? StartActivity(OutboxMessage row)
    {
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        var activity = OutboxTelemetry.Source.StartActivity("outbox dispatch", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", row.MessageId);
        activity?.SetTag("outbox.sequence", row.Sequence);
        return activity;
    }

    private static bool TryRead(OutboxMessage row, out object message, out Type messageType, out string problem)
    {
        message = null!;
        messageType = MessageTypeNames.Resolve(row.MessageType)!;
        if (messageType is null)
        {
            problem = $"Message type '{row.MessageType}' is not known to this service.";
            return false;
        }

        try
        {
            message = JsonSerializer.Deserialize(row.Body, messageType, SystemTextJsonMessageSerializer.Options)!;
            problem = message is null ? "The body is JSON null." : "";
            return message is not null;
        }
        catch (JsonException exception)
        {
            problem = $"The body does not deserialize: {exception.Message}";
            return false;
        }
    }

    private static void MarkFailed(TDbContext db, OutboxMessage row, string problem, DateTimeOffset retryAt)
    {
        db.Set<OutboxMessage>().Attach(row);
        row.Attempts++;
        row.LastError = problem.Length > 2000 ? problem[..2000] : problem;
        row.NotBefore = retryAt;
        OutboxTelemetry.Failed.Add(1);
    }

    private async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            var cutoff = clock.GetUtcNow() - _options.Retention;
            var outbox = await db.Set<OutboxMessage>()
                .Where(m => m.DispatchedAt != null && m.DispatchedAt < cutoff)
                .ExecuteDeleteAsync(cancellationToken);
            var inbox = await db.Set<InboxMessage>()
                .Where(m => m.ProcessedAt < cutoff)
                .ExecuteDeleteAsync(cancellationToken);
            if (outbox + inbox > 0)
                LogCleanedUp(outbox, inbox);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogCleanupFailed(exception);
        }
    }

    private enum BatchOutcome
    {
        Drained,
        FullBatch,
        Interrupted,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox batch failed; retrying after a pause")]
    private partial void LogBatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Sequence} ({MessageType}) not published on attempt {Attempts}; will retry")]
    private partial void LogPublishFailed(Exception exception, long sequence, string messageType, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Sequence} ({MessageType}) cannot be read and is set aside for an hour: {Problem}")]
    private partial void LogUnreadable(long sequence, string messageType, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox clean-up removed {Outbox} dispatched messages and {Inbox} inbox records")]
    private partial void LogCleanedUp(int outbox, int inbox);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox clean-up failed; it runs again later")]
    private partial void LogCleanupFailed(Exception exception);
}
