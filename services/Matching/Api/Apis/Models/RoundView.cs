using Mentorship.Matching.Engine.Rounds;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Matching.Apis.Models;

/// <summary>A round with its statistics and one page of its proposals (best first) and of its unmatched mentees.</summary>
public sealed record RoundView(
    RoundSummary Round,
    RoundStats? Stats,
    PagedResult<ProposalView> Proposals,
    PagedResult<UnmatchedView> Unmatched);
