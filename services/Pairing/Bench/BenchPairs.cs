using Mentorship.Pairing.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Bench;

/// <summary>
/// Seeds pairs in one statement per table: a tenth each proposed, introduced, contracting, closed and
/// declined, half active at every age up to past the term, with and without a plan or recent meetings;
/// surveys for one pair in seven and concerns for one in eleven, some answered.
/// </summary>
public static class BenchPairs
{
    public static async Task SeedAsync(PairingDbContext db, int count, DateTimeOffset now)
    {
        var programmeId = Guid.NewGuid();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO programmes (programme_id, template_id, meetings_per_month, duration_months, alert_after_weeks_without_meeting, created_at)
            VALUES ({programmeId}, 'mentoryou', 2, 6, 3, {now})
            """);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO pairs (id, programme_id, round_id, mentee_id, mentor_id, status, proposed_at, accepted_at, declined_at,
                               first_meeting, activated_at, goals_done, goals_total, meetings_held, last_meeting_on, closed_at, outcome)
            SELECT gen_random_uuid(), {programmeId}, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),
                   (ARRAY['Proposed','Introduced','Contracting','Active','Active','Active','Active','Active','Closed','Declined'])[i % 10 + 1],
                   {now} - make_interval(days => i % 15 + 220),
                   CASE WHEN i % 10 IN (1, 2, 3, 4, 5, 6, 7, 8) THEN {now} - make_interval(days => i % 40) END,
                   CASE WHEN i % 10 = 9 THEN {now} - make_interval(days => i % 20) END,
                   CASE WHEN i % 10 = 2 THEN jsonb_build_object('HeldOn', CURRENT_DATE, 'Fit', true, 'RecordedBy', gen_random_uuid(),
                                                                'RecordedAt', {now} - make_interval(days => i % 30)) END,
                   CASE WHEN i % 10 BETWEEN 3 AND 8 THEN {now} - make_interval(days => i % 220) END,
                   0, i % 3, i % 12,
                   CASE WHEN i % 10 BETWEEN 3 AND 8 AND i % 4 > 0 THEN ({now} - make_interval(days => i % 50))::date END,
                   CASE WHEN i % 10 = 8 THEN {now} - make_interval(days => i % 10) END,
                   CASE WHEN i % 10 = 8 THEN 'Job' END
            FROM generate_series(1, {count}) AS i
            """);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO survey_assignments (survey_id, respondent_id, pair_id, programme_id, assigned_at, completed_at)
            SELECT gen_random_uuid(), p.mentee_id, p.id, p.programme_id, {now} - make_interval(days => n % 30),
                   CASE WHEN n % 3 = 0 THEN {now} END
            FROM (SELECT *, row_number() OVER (ORDER BY id)::int AS n FROM pairs) p WHERE n % 7 = 0
            """);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO pair_concerns (concern_id, pair_id, programme_id, raised_at, acknowledged_at)
            SELECT gen_random_uuid(), p.id, p.programme_id, {now} - make_interval(days => n % 8),
                   CASE WHEN n % 4 = 0 THEN {now} END
            FROM (SELECT *, row_number() OVER (ORDER BY id)::int AS n FROM pairs) p WHERE n % 11 = 0
            """);
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }
}
