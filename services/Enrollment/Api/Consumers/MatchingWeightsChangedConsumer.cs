using MassTransit;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain;
using Mentorship.Matching.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Enrollment.Consumers;

/// <summary>
/// Keeps the programme's copy of the weights Matching owns, so its settings show what the next round
/// uses. An older change arriving late is ignored; a programme not (yet) here has nothing to show.
/// </summary>
public sealed class MatchingWeightsChangedConsumer(EnrollmentDbContext db) : IConsumer<MatchingWeightsChanged>
{
    public async Task Consume(ConsumeContext<MatchingWeightsChanged> context)
    {
        var changed = context.Message;
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == changed.ProgrammeId, context.CancellationToken);
        if (programme is null || programme.WeightsChangedAt >= changed.ChangedAt)
            return;

        programme.Weights = new MatchingWeights(
            changed.Geography, changed.Sector, changed.JobFunction, changed.Background,
            changed.Age, changed.Language, changed.Expectations, changed.Hobbies);
        programme.WeightsChangedAt = changed.ChangedAt;
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
