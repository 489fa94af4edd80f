using Mentorship.ServiceDefaults.Backend.Outbox;
using NpgsqlTypes;
using Npgsql;

namespace Mentorship.Pairing.Alerts;

/// <summary>
/// Stores a run's events in the outbox with one COPY, in the run's transaction: a first run over ten
/// thousand pairs announces thousands of alerts, which tracked entities would insert one by one.
/// </summary>
public static class AlertOutbox
{
    private const string Copy =
        "COPY " + OutboxModelBuilderExtensions.OutboxTable
        + " (message_id, message_type, body, trace_parent, created_at, not_before, attempts) FROM STDIN (FORMAT BINARY)";

    public static async Task StoreAsync(NpgsqlConnection connection, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
            return;
        await using var writer = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        foreach (var message in messages)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(message.MessageId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(message.MessageType, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(message.Body, NpgsqlDbType.Jsonb, cancellationToken);
            if (message.TraceParent is null)
                await writer.WriteNullAsync(cancellationToken);
            else
                await writer.WriteAsync(message.TraceParent, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(message.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(message.NotBefore, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(message.Attempts, NpgsqlDbType.Integer, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
