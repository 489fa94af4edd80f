using MassTransit;
using Mentorship.Matching.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Consumers;

/// <summary>
/// Opens a pair for each published proposal, under the proposal's pair id; a proposal seen again changes
/// nothing. A round publishes thousands at once: the inbox hands them over in batches, applied with one
/// query for the pairs already open and one insert.
/// </summary>
public sealed class MatchProposedConsumer(PairingDbContext db) : IConsumer<MatchProposed>, IBatchApplier<MatchProposed>
{
    public Task Consume(ConsumeContext<MatchProposed> context) => ApplyAsync([context.Message], context.CancellationToken);

    public async Task ApplyAsync(IReadOnlyList<MatchProposed> messages, CancellationToken cancellationToken)
    {
        var pairIds = messages.Select(m => m.PairId).ToList();
        var open = (await db.Pairs.Where(p => pairIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var proposal in messages)
        {
            // Added to the set as opened: a second proposal with the same pair id in the batch is seen again too.
            if (open.Add(proposal.PairId))
                db.Pairs.Add(Pair.Propose(
                    proposal.PairId, proposal.ProgrammeId, proposal.RoundId, proposal.MenteeId, proposal.MentorId, Moments.Cut(proposal.ProposedAt)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
