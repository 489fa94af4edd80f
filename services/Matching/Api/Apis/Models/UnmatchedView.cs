using Mentorship.Matching.Domain;

namespace Mentorship.Matching.Apis.Models;

/// <summary>A mentee left unmatched: the reason code, how many mentors were feasible, how many each hard constraint excluded, and a sentence.</summary>
public sealed record UnmatchedView(
    Guid MenteeId,
    string Reason,
    int FeasibleMentors,
    IReadOnlyDictionary<string, int> ExcludedMentors,
    string Explanation)
{
    public static UnmatchedView From(RoundUnmatched unmatched) => new(
        unmatched.MenteeId, unmatched.Reason, unmatched.FeasibleMentors, unmatched.ExcludedMentors, unmatched.Explanation);
}
