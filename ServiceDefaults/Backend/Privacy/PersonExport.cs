using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Backend.Privacy;

/// <summary>Reads every row of the service's tables that mentions the person (<see cref="PersonTables"/>), and the rows related to them.</summary>
public static class PersonExport
{
    public static async Task<PersonData> ReadAsync(
        DbContext db, string service, Guid personId, DateTimeOffset now, CancellationToken cancellationToken, params IReadOnlyList<RelatedRows> related)
    {
        var parameters = new Dictionary<string, object>
        {
            ["id"] = personId,
            ["text"] = PersonErasure.Text(personId),
            ["compact"] = personId.ToString("N", CultureInfo.InvariantCulture),
        };

        var tables = new SortedDictionary<string, IReadOnlyList<JsonElement>>(StringComparer.Ordinal);
        foreach (var (table, columns) in await PersonTables.ColumnsAsync(db, cancellationToken))
        {
            var condition = PersonTables.Mentions(columns);
            foreach (var relation in related.Where(r => r.Table == table))
                condition = $"({condition}) OR ({relation.Condition})";
            var sql = $"SELECT row_to_json(t)::text FROM {PersonTables.Quote(table)} t WHERE {condition}";
            var rows = new List<JsonElement>();
            await using (var reader = await PersonTables.ExecuteReaderAsync(db, sql, parameters, cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                    rows.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
            }

            if (rows.Count > 0)
                tables[table] = rows;
        }

        return new PersonData(service, personId, now, tables);
    }
}
