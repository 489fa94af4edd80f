using MassTransit;
using Mentorship.Enrollment.Data;
using Mentorship.Matching.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Consumers;

/// <summary>
/// Keeps the programme's copy of the weights Matching owns, so its settings show what the next round
/// uses. One conditional UPDATE: two changes applied at once (the queue delivers several together)
/// cannot both pass a check read before either wrote, so the newest always stays. An older change
/// arriving late, or a programme not (yet) here, updates nothing.
/// </summary>
public sealed class MatchingWeightsChangedConsumer(EnrollmentDbContext db) : IConsumer<MatchingWeightsChanged>
{
    public async Task Consume(ConsumeContext<MatchingWeightsChanged> context)
    {
        var w = context.Message;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE programmes
            SET weights_geography = {w.Geography}, weights_sector = {w.Sector}, weights_job_function = {w.JobFunction},
                weights_background = {w.Background}, weights_age = {w.Age}, weights_language = {w.Language},
                weights_expectations = {w.Expectations}, weights_hobbies = {w.Hobbies}, weights_changed_at = {w.ChangedAt}
            WHERE id = {w.ProgrammeId} AND (weights_changed_at IS NULL OR weights_changed_at < {w.ChangedAt})
            """, context.CancellationToken);
    }
}
