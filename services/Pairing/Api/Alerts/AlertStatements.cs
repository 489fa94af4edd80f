using Mentorship.Pairing.Domain;
using Npgsql;

namespace Mentorship.Pairing.Alerts;

/// <summary>
/// The scheduler's writes, each one statement for all the alerts concerned. Each re-checks the state it
/// expects, so an acknowledgement committed meanwhile is never overwritten, and returns what it changed:
/// only those alerts are announced.
/// </summary>
public static class AlertStatements
{
    public static async Task<IReadOnlyList<UnclosedAlert>> UnclosedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        const string sql =
            """
            SELECT a.id, a.pair_id, a.programme_id, a.kind, a.level, a.state, COALESCE(a.escalated_at, a.raised_at),
                   COALESCE(p.status = 'Closed', false), p.referent_id
            FROM pair_alerts a LEFT JOIN pairs p ON p.id = a.pair_id
            WHERE a.state <> 'Closed'
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        var alerts = new List<UnclosedAlert>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new UnclosedAlert(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetGuid(2),
                reader.GetString(3),
                reader.GetInt32(4),
                Enum.Parse<AlertState>(reader.GetString(5)),
                reader.GetFieldValue<DateTimeOffset>(6),
                reader.GetBoolean(7),
                reader.IsDBNull(8) ? null : reader.GetGuid(8)));
        }

        return alerts;
    }

    /// <summary>Inserts open level-1 alerts; one whose pair and kind already has an unclosed alert is skipped.</summary>
    public static Task<IReadOnlyList<Guid>> RaiseAsync(
        NpgsqlConnection connection, IReadOnlyList<NewAlert> alerts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql =
            """
            INSERT INTO pair_alerts (id, pair_id, programme_id, kind, level, state, raised_at)
            SELECT n.id, n.pair_id, n.programme_id, n.kind, 1, 'Open', @now
            FROM unnest(@ids, @pairs, @programmes, @kinds) AS n(id, pair_id, programme_id, kind)
            ON CONFLICT (pair_id, kind) WHERE state <> 'Closed' DO NOTHING
            RETURNING id
            """;
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("ids", alerts.Select(a => a.Id).ToArray());
        command.Parameters.AddWithValue("pairs", alerts.Select(a => a.PairId).ToArray());
        command.Parameters.AddWithValue("programmes", alerts.Select(a => a.ProgrammeId).ToArray());
        command.Parameters.AddWithValue("kinds", alerts.Select(a => a.Kind).ToArray());
        return IdsAsync(command, cancellationToken);
    }

    /// <summary>Closes those of the alerts still in the given state.</summary>
    public static Task<IReadOnlyList<Guid>> CloseAsync(
        NpgsqlConnection connection, IReadOnlyList<Guid> ids, AlertState from, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql =
            """
            UPDATE pair_alerts SET state = 'Closed', closed_at = @now, close_reason = @reason
            WHERE id = ANY(@ids) AND state = @from
            RETURNING id
            """;
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("from", from.ToString());
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return IdsAsync(command, cancellationToken);
    }

    /// <summary>Raises the level of those of the alerts still open and below the highest level.</summary>
    public static Task<IReadOnlyList<Guid>> EscalateAsync(
        NpgsqlConnection connection, IReadOnlyList<Guid> ids, int maxLevel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql =
            """
            UPDATE pair_alerts SET level = level + 1, escalated_at = @now
            WHERE id = ANY(@ids) AND state = 'Open' AND level < @max_level
            RETURNING id
            """;
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("max_level", maxLevel);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return IdsAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<Guid>> IdsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            var ids = new List<Guid>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                ids.Add(reader.GetGuid(0));
            return ids;
        }
    }
}
