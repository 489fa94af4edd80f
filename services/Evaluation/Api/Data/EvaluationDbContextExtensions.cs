using Mentorship.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Data;

/// <summary>Lookups the consumers share: the programme or pair an event mentions, created on first sight whatever arrives first.</summary>
public static class EvaluationDbContextExtensions
{
    public static async Task<Programme> ProgrammeSeenAsync(this EvaluationDbContext db, Guid programmeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FindAsync([programmeId], cancellationToken);
        if (programme is not null)
            return programme;
        programme = Programme.FirstSeen(programmeId, now);
        db.Programmes.Add(programme);
        return programme;
    }

    /// <summary>
    /// Keeps the name and institution of the highest settings revision seen, in one conditional update:
    /// an older revision arriving late, or two applied at once, never undo a newer one. The row must exist.
    /// </summary>
    public static Task<int> ProgrammeSettingsAsync(
        this EvaluationDbContext db, Guid programmeId, int revision, string? name, string? institution, CancellationToken cancellationToken) =>
        db.Programmes
            .Where(p => p.Id == programmeId && (p.SettingsRevision == null || p.SettingsRevision < revision))
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(p => p.Name, name)
                    .SetProperty(p => p.Institution, institution)
                    .SetProperty(p => p.SettingsRevision, revision),
                cancellationToken);

    public static async Task<Pair> PairSeenAsync(this EvaluationDbContext db, Guid pairId, Guid programmeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.ProgrammeSeenAsync(programmeId, now, cancellationToken);
        var pair = await db.Pairs.FindAsync([pairId], cancellationToken);
        if (pair is not null)
            return pair;
        pair = Pair.Seen(pairId, programmeId);
        db.Pairs.Add(pair);
        return pair;
    }
}
