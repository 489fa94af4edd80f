namespace Mentorship.Web.Gateway.Models;

/// <summary>A pair as its member sees it (Pairing's PairView): its status and each step taken so far.</summary>
public sealed record Pair(
    Guid Id,
    Guid ProgrammeId,
    Guid MenteeId,
    Guid MentorId,
    string Status,
    DateTimeOffset ProposedAt,
    MentorDecision? MentorDecision,
    FirstMeeting? FirstMeeting,
    ContractSignatures Contract,
    DateTimeOffset? ActivatedAt,
    int MeetingsHeld,
    IReadOnlyList<Meeting> Meetings,
    ActionPlan? ActionPlan,
    PairClosure? Closure)
{
    /// <summary>The side <paramref name="personId"/> holds: "mentor" or "mentee".</summary>
    public string RoleOf(Guid personId) => personId == MentorId ? "mentor" : "mentee";
}
