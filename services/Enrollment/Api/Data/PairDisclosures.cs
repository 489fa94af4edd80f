using Mentorship.Enrollment.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Data;

/// <summary>
/// Moves a pair's disclosure forward with one upsert that only raises the stage: the events of one
/// pair may arrive in any order or twice (redelivery), and the furthest stage always stays.
/// </summary>
public static class PairDisclosures
{
    public static Task AdvanceAsync(
        this EnrollmentDbContext db,
        Guid pairId,
        Guid programmeId,
        Guid menteeId,
        Guid mentorId,
        DisclosureStage stage,
        DateTimeOffset at,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO pair_disclosures (pair_id, programme_id, mentee_id, mentor_id, stage, changed_at)
            VALUES ({pairId}, {programmeId}, {menteeId}, {mentorId}, {(int)stage}, {at})
            ON CONFLICT (pair_id) DO UPDATE SET stage = excluded.stage, changed_at = excluded.changed_at
            WHERE pair_disclosures.stage < excluded.stage
            """, cancellationToken);
}
