namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// A pin that cannot be honoured. Reasons are hard-constraint codes
/// (<see cref="Scoring.ExclusionReason"/>), or <c>unknown-participant</c>, <c>mentee-pinned-twice</c>,
/// <c>mentor-over-capacity</c>.
/// </summary>
public sealed record RejectedPin(Guid MenteeId, Guid MentorId, IReadOnlyList<string> Reasons)
{
    public const string UnknownParticipant = "unknown-participant";
    public const string MenteePinnedTwice = "mentee-pinned-twice";
    public const string MentorOverCapacity = "mentor-over-capacity";
}
