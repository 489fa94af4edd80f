using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mentorship.ServiceDefaults.Backend.Privacy;

/// <summary>
/// Finds a person in every table of the service's database, read from PostgreSQL's catalogue rather
/// than listed by hand: a table or column added later is exported and erased without anyone
/// remembering to. A row is the person's when a uuid column equals their id, a uuid[] contains it, or
/// a text or jsonb column embeds it. The outbox and inbox are left out: they are messages, not data
/// (see <see cref="PersonErasure.ForgetMessagesMentioningAsync"/>).
/// </summary>
public static class PersonTables
{
    private static readonly string[] Skipped = ["outbox_messages", "inbox_messages", "__EFMigrationsHistory"];

    private const string ColumnsSql = """
        SELECT c.table_name, c.column_name, c.udt_name
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
          AND c.udt_name IN ('uuid', '_uuid', 'text', 'varchar', 'jsonb')
        ORDER BY c.table_name, c.ordinal_position
        """;

    /// <summary>The person-bearing columns of each table of the service.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<PersonColumn>>> ColumnsAsync(DbContext db, CancellationToken cancellationToken)
    {
        var columns = new List<PersonColumn>();
        await using (var reader = await ExecuteReaderAsync(db, ColumnsSql, new Dictionary<string, object>(), cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var table = reader.GetString(0);
                if (Skipped.Contains(table, StringComparer.Ordinal))
                    continue;
                columns.Add(new PersonColumn(table, reader.GetString(1), KindOf(reader.GetString(2))));
            }
        }

        return columns.GroupBy(c => c.Table, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PersonColumn>)g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The SQL condition "this row is the person's", with @id (uuid), @text and @compact (the id as text, with and without hyphens).</summary>
    public static string Mentions(IEnumerable<PersonColumn> columns) =>
        string.Join(" OR ", columns.Select(column => column.Kind switch
        {
            PersonColumnKind.Id => $"{Quote(column.Name)} = @id",
            PersonColumnKind.IdArray => $"@id = ANY({Quote(column.Name)})",
            PersonColumnKind.Text => $"strpos({Quote(column.Name)}, @text) > 0 OR strpos({Quote(column.Name)}, @compact) > 0",
            _ => $"strpos({Quote(column.Name)}::text, @text) > 0 OR strpos({Quote(column.Name)}::text, @compact) > 0",
        }));

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Runs SQL on the context's connection, inside its current transaction when there is one.</summary>
    public static async Task<DbDataReader> ExecuteReaderAsync(
        DbContext db, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        var command = await CommandAsync(db, sql, parameters, cancellationToken);
        return await command.ExecuteReaderAsync(cancellationToken);
    }

    public static async Task<int> ExecuteAsync(
        DbContext db, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, sql, parameters, cancellationToken);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<DbCommand> CommandAsync(
        DbContext db, string sql, IReadOnlyDictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // Only the parameters the statement uses: a table without text columns never mentions @text.
        foreach (var (name, value) in parameters.Where(p => Regex.IsMatch(sql, $@"@{p.Key}\b", RegexOptions.CultureInvariant)))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static PersonColumnKind KindOf(string type) => type switch
    {
        "uuid" => PersonColumnKind.Id,
        "_uuid" => PersonColumnKind.IdArray,
        "jsonb" => PersonColumnKind.Json,
        _ => PersonColumnKind.Text,
    };
}
