using Mentorship.Evaluation.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Evaluation.Data;

/// <summary>Sends a survey of one kind (and pulse period) to one member of a pair, never twice: a redelivered event or a second run finds it sent.</summary>
public static class SurveyAssignments
{
    public static async Task AssignOnceAsync(
        this EvaluationDbContext db,
        Programme programme,
        Guid pairId,
        Guid respondentId,
        RespondentRole role,
        SurveyKind kind,
        TimeProvider clock,
        CancellationToken cancellationToken,
        int period = 0)
    {
        var exists = await db.Surveys.AnyAsync(
            s => s.PairId == pairId && s.RespondentId == respondentId && s.Kind == kind && s.Period == period, cancellationToken);
        if (exists)
            return;

        var survey = Survey.Assign(programme, pairId, respondentId, role, kind, clock.GetUtcNow(), period);
        db.Surveys.Add(survey);
        // SurveyAssigned tells Messaging to notify the respondent; the kind is data to it.
        db.AddEvent(EvaluationEvents.Assigned(survey), clock);
    }
}
