using MassTransit;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;

namespace Mentorship.Matching.Consumers;

/// <summary>Takes the programme's template weights, unless coordinators already set their own.</summary>
public sealed class ProgrammeCreatedConsumer(MatchingDbContext db) : IConsumer<ProgrammeCreated>
{
    public async Task Consume(ConsumeContext<ProgrammeCreated> context)
    {
        var created = context.Message;
        var programme = await ProgrammeRows.EnsureAsync(db, created.ProgrammeId, context.CancellationToken);
        programme.TemplateId = created.TemplateId;
        if (!programme.WeightsSetByCoordinator)
            programme.Weights = EnrollmentFacts.Weights(created.Weights);

        await db.SaveChangesAsync(context.CancellationToken);
    }
}
