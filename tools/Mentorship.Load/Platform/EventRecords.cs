using Mentorship.Load.Running;
using Npgsql;

namespace Mentorship.Load.Platform;

/// <summary>
/// Reads event timings from the services' databases on the platform's PostgreSQL server (the
/// connection string of the AppHost's <c>postgres</c> resource, on the dashboard). Measured this way,
/// the latency needs no client polling the consumer's API, whose requests would load the very
/// services being timed.
/// </summary>
public static class EventRecords
{
    private const string ApprovedType = "Mentorship.Enrollment.Contracts.ApplicationApproved,%";

    /// <summary>The ApplicationApproved events of a programme: Enrollment's outbox, then Matching's inbox.</summary>
    public static async Task<IReadOnlyList<EventTiming>> ApprovedAsync(string postgres, Guid programmeId, CancellationToken cancellationToken)
    {
        var stored = new List<(Guid Id, DateTimeOffset Stored, DateTimeOffset? Dispatched)>();
        await using (var enrollment = await OpenAsync(postgres, "enrollmentdb", cancellationToken))
        await using (var command = new NpgsqlCommand(
            "SELECT message_id, created_at, dispatched_at FROM outbox_messages WHERE message_type LIKE @type AND body->>'programmeId' = @programme",
            enrollment))
        {
            command.Parameters.AddWithValue("type", ApprovedType);
            command.Parameters.AddWithValue("programme", programmeId.ToString());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                stored.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2)));
        }

        var applied = new Dictionary<Guid, DateTimeOffset>();
        await using (var matching = await OpenAsync(postgres, "matchingdb", cancellationToken))
        await using (var command = new NpgsqlCommand(
            "SELECT message_id, processed_at FROM inbox_messages WHERE consumer LIKE '%application-approved' AND message_id = ANY(@ids)",
            matching))
        {
            command.Parameters.AddWithValue("ids", stored.Select(s => s.Id).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                applied[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        return stored.Select(s => new EventTiming(s.Id, s.Stored, s.Dispatched, applied.TryGetValue(s.Id, out var at) ? at : null)).ToList();
    }

    private static async Task<NpgsqlConnection> OpenAsync(string postgres, string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
