using Mentorship.Matching.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Domain;

/// <summary>
/// Makes sure a programme row exists before a consumer updates it. Several consumers may see a new
/// programme at once (its creation and its first approvals); an insert that ignores conflicts lets
/// them all go on instead of failing and retrying.
/// </summary>
public static class ProgrammeRows
{
    public static async Task<MatchingProgramme> EnsureAsync(MatchingDbContext db, Guid programmeId, CancellationToken cancellationToken)
    {
        // Equal weights until the programme's own arrive with ProgrammeCreated.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO programmes (id, weights_geography, weights_sector, weights_job_function, weights_background,
                                    weights_age, weights_language, weights_expectations, weights_hobbies)
            VALUES ({programmeId}, 1, 1, 1, 1, 1, 1, 1, 1)
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken);
        return await db.Programmes.FirstAsync(p => p.Id == programmeId, cancellationToken);
    }
}
