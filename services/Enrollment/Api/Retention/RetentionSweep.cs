using Mentorship.Enrollment.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Enrollment.Retention;

/// <summary>
/// The retention rule: a person is erased once every programme they applied to has a retention
/// setting and their participation in each ended more than that many months ago. A participation ends
/// when the application is rejected or withdrawn, or, approved, when the person's pairs in that
/// programme are all closed (Pairing's PairClosed); it goes on while an application awaits a decision,
/// while an approved participant has no closed pair yet (still in the pool), and while a pair is
/// proposed or running. One programme without the setting, or one participation still going, keeps
/// the person, and so does a staff role held in any programme (Identity's StaffRoleGranted, kept in
/// staff_roles). The erasure is requested exactly as DELETE /api/people/{id} does.
/// </summary>
public sealed class RetentionSweep(EnrollmentDbContext db, TimeProvider clock, IOptions<RetentionOptions> options)
{
    /// <summary>Requests the erasure of everyone the rule lets go; returns how many were requested.</summary>
    public async Task<int> RunAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var requested = 0;
        var after = Guid.Empty;
        while (true)
        {
            var people = await DueAsync(after, cancellationToken);
            foreach (var personId in people)
            {
                if (await db.FindErasureAsync(personId, cancellationToken) is not null)
                    continue;
                var programmeIds = await db.Applications.Where(a => a.PersonId == personId).Select(a => a.ProgrammeId).Distinct().ToListAsync(cancellationToken);
                await db.RequestErasureAsync(personId, programmeIds, clock, cancellationToken);
                requested++;
            }

            progress?.Report(requested);
            if (people.Count < options.Value.BatchSize)
                return requested;
            after = people[^1];
        }
    }

    private Task<List<Guid>> DueAsync(Guid after, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var batch = options.Value.BatchSize;
        return db.Database.SqlQuery<Guid>($"""
            WITH participations AS (
                SELECT a.person_id, a.programme_id,
                       bool_or(a.status = 'Submitted') AS pending,
                       bool_or(a.status = 'Approved') AS approved,
                       max(a.decided_at) FILTER (WHERE a.status IN ('Rejected', 'Withdrawn')) AS left_at
                FROM applications a
                WHERE a.person_id > {after}
                  AND NOT EXISTS (SELECT 1 FROM staff_roles s WHERE s.person_id = a.person_id AND s.held)
                GROUP BY a.person_id, a.programme_id
            ), ends AS (
                SELECT p.*,
                       (SELECT max(c.closed_at) FROM closed_pairs c
                        WHERE c.programme_id = p.programme_id AND (c.mentee_id = p.person_id OR c.mentor_id = p.person_id)) AS pair_closed_at,
                       EXISTS (SELECT 1 FROM pair_disclosures d
                               WHERE d.programme_id = p.programme_id AND (d.mentee_id = p.person_id OR d.mentor_id = p.person_id)
                                 AND d.stage IN (1, 2)
                                 AND NOT EXISTS (SELECT 1 FROM closed_pairs c WHERE c.pair_id = d.pair_id)) AS pair_open
                FROM participations p
            )
            SELECT e.person_id AS "Value"
            FROM ends e JOIN programmes g ON g.id = e.programme_id
            GROUP BY e.person_id
            HAVING bool_and(
                NOT e.pending AND NOT e.pair_open AND NOT (e.approved AND e.pair_closed_at IS NULL)
                AND g.retention_months IS NOT NULL
                AND greatest(e.left_at, e.pair_closed_at) + make_interval(months => g.retention_months) <= {now})
            ORDER BY e.person_id
            LIMIT {batch}
            """).ToListAsync(cancellationToken);
    }
}
