using System.Text.Json;

namespace Mentorship.ServiceDefaults.Backend.Privacy;

/// <summary>What one service holds on a person: every row that mentions them, table by table, as stored.</summary>
public sealed record PersonData(
    string Service,
    Guid PersonId,
    DateTimeOffset ExportedAt,
    IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> Tables)
{
    public bool HoldsNothing() => Tables.Count == 0;

    /// <summary>The programmes the rows belong to (their programme_id), which decide who besides the person may read them.</summary>
    public IReadOnlySet<Guid> ProgrammeIds() =>
        Tables.Values.SelectMany(rows => rows)
            .Select(row => row.TryGetProperty("programme_id", out var id) && id.TryGetGuid(out var programmeId) ? programmeId : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToHashSet();
}
