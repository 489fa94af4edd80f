using MassTransit;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Domain.Partners;
using Mentorship.Matching.Contracts;

namespace Mentorship.Enrollment.Consumers;

/// <summary>A published proposal: from now on the mentor sees the mentee's matching profile.</summary>
public sealed class MatchProposedConsumer(EnrollmentDbContext db) : IConsumer<MatchProposed>
{
    public Task Consume(ConsumeContext<MatchProposed> context)
    {
        var proposal = context.Message;
        return db.AdvanceAsync(
            proposal.PairId, proposal.ProgrammeId, proposal.MenteeId, proposal.MentorId, DisclosureStage.Proposed, proposal.ProposedAt, context.CancellationToken);
    }
}
