using MassTransit;
using Mentorship.Matching.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>Opens a pair for each published proposal, under the proposal's pair id; a proposal seen again changes nothing.</summary>
public sealed class MatchProposedConsumer(PairingDbContext db) : IConsumer<MatchProposed>
{
    public async Task Consume(ConsumeContext<MatchProposed> context)
    {
        var proposal = context.Message;
        if (await db.Pairs.AnyAsync(p => p.Id == proposal.PairId, context.CancellationToken))
            return;

        db.Pairs.Add(Pair.Propose(
            proposal.PairId, proposal.ProgrammeId, proposal.RoundId, proposal.MenteeId, proposal.MentorId, Moments.Cut(proposal.ProposedAt)));
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
