using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Evaluation.Pulses;

/// <summary>
/// Sends both members of each active pair the pulse of the current period (period k starts k × EveryWeeks
/// weeks after activation). Only the current period is sent: a pair that missed periods, say while the
/// service was down, gets one pulse, not a backlog. Closed pairs get none. Sending is idempotent per pair,
/// member and period, so two replicas or two runs send each pulse once.
/// </summary>
public sealed class PulseScheduler(EvaluationDbContext db, IOptions<PulseOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var every = TimeSpan.FromDays(7 * options.Value.EveryWeeks);
        var active = await db.Pairs.AsNoTracking()
            .Where(p => p.ActivatedAt != null && p.ClosedAt == null && p.MenteeId != null && p.MentorId != null)
            .Select(p => new
            {
                p.Id,
                p.ProgrammeId,
                MenteeId = p.MenteeId!.Value,
                MentorId = p.MentorId!.Value,
                ActivatedAt = p.ActivatedAt!.Value,
                LastPeriod = db.Surveys.Where(s => s.PairId == p.Id && s.Kind == SurveyKind.Pulse).Max(s => (int?)s.Period) ?? 0,
            })
            .ToListAsync(cancellationToken);
        var due = active
            .Select(p => (Pair: p, Period: (int)Math.Floor((now - p.ActivatedAt) / every)))
            .Where(d => d.Period > d.Pair.LastPeriod)
            .Take(options.Value.BatchSize)
            .ToList();

        foreach (var (pair, period) in due)
        {
            var programme = await db.ProgrammeSeenAsync(pair.ProgrammeId, now, cancellationToken);
            await db.AssignOnceAsync(programme, pair.Id, pair.MenteeId, RespondentRole.Mentee, SurveyKind.Pulse, clock, cancellationToken, period);
            await db.AssignOnceAsync(programme, pair.Id, pair.MentorId, RespondentRole.Mentor, SurveyKind.Pulse, clock, cancellationToken, period);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
