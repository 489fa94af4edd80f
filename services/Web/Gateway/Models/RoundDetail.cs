namespace Mentorship.Web.Gateway.Models;

/// <summary>A round with its figures and one page of its proposals (best first) and of its unmatched mentees.</summary>
public sealed record RoundDetail(
    RoundSummary Round,
    RoundStatistics? Stats,
    PagedList<Proposal> Proposals,
    PagedList<UnmatchedMentee> Unmatched);
