using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Pulses;

/// <summary>
/// A check-in the coordinator sends now rather than at the programme's cadence (before a supervision
/// session, after a difficult month): each active pair of the programme gets its next pulse at once, and
/// the scheduled one of that period is then not sent again. A pair whose last pulse is still unanswered
/// gets none, so pressing the button twice sends nothing twice.
/// </summary>
public static class CheckInsNow
{
    public static async Task<CheckInsSent> SendCheckInsNowAsync(
        this EvaluationDbContext db, Programme programme, TimeProvider clock, CancellationToken cancellationToken)
    {
        var due = await db.Pairs.AsNoTracking()
            .Where(p => p.ProgrammeId == programme.Id && p.ActivatedAt != null && p.ClosedAt == null && p.MenteeId != null && p.MentorId != null)
            .Where(p => !db.Surveys.Any(s => s.PairId == p.Id && s.Kind == SurveyKind.Pulse && s.Status == SurveyStatus.Pending))
            .Select(p => new
            {
                p.Id,
                MenteeId = p.MenteeId!.Value,
                MentorId = p.MentorId!.Value,
                NextPeriod = (db.Surveys.Where(s => s.PairId == p.Id && s.Kind == SurveyKind.Pulse).Max(s => (int?)s.Period) ?? 0) + 1,
            })
            .ToListAsync(cancellationToken);

        foreach (var pair in due)
        {
            await db.AssignOnceAsync(programme, pair.Id, pair.MenteeId, RespondentRole.Mentee, SurveyKind.Pulse, clock, cancellationToken, pair.NextPeriod);
            await db.AssignOnceAsync(programme, pair.Id, pair.MentorId, RespondentRole.Mentor, SurveyKind.Pulse, clock, cancellationToken, pair.NextPeriod);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CheckInsSent(due.Count, due.Count * 2);
    }
}
