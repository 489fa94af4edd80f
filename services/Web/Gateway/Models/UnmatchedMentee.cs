namespace Mentorship.Web.Gateway.Models;

/// <summary>A mentee left without a proposal; reason no-feasible-mentor|feasible-mentors-full|only-zero-score-pairs.</summary>
public sealed record UnmatchedMentee(Guid MenteeId, string Reason, int FeasibleMentors, string Explanation);
