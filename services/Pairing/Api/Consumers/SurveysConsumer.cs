using MassTransit;
using Mentorship.Evaluation.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>
/// Keeps when each survey was assigned to and completed by a pair's respondent, for the survey-pending
/// alert. One statement per message, keeping the first date of each: the two may arrive in either order,
/// and one seen again moves nothing.
/// </summary>
public sealed class SurveysConsumer(PairingDbContext db) : IConsumer<SurveyAssigned>, IConsumer<SurveyCompleted>
{
    public Task Consume(ConsumeContext<SurveyAssigned> context)
    {
        var assigned = context.Message;
        return KeepAsync(assigned.SurveyId, assigned.RespondentId, assigned.PairId, assigned.ProgrammeId, Moments.Cut(assigned.AssignedAt), null, context.CancellationToken);
    }

    public Task Consume(ConsumeContext<SurveyCompleted> context)
    {
        var completed = context.Message;
        return KeepAsync(completed.SurveyId, completed.RespondentId, completed.PairId, completed.ProgrammeId, null, Moments.Cut(completed.CompletedAt), context.CancellationToken);
    }

    private Task KeepAsync(
        Guid surveyId, Guid respondentId, Guid pairId, Guid programmeId, DateTimeOffset? assignedAt, DateTimeOffset? completedAt, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO survey_assignments (survey_id, respondent_id, pair_id, programme_id, assigned_at, completed_at)
            VALUES ({surveyId}, {respondentId}, {pairId}, {programmeId}, {assignedAt}, {completedAt})
            ON CONFLICT (survey_id, respondent_id) DO UPDATE SET
                assigned_at = COALESCE(survey_assignments.assigned_at, EXCLUDED.assigned_at),
                completed_at = COALESCE(survey_assignments.completed_at, EXCLUDED.completed_at)
            """,
            cancellationToken);
}
