namespace Mentorship.Evaluation.Domain;

/// <summary>
/// A pair as the outcome reports see it, assembled from Pairing's events in whatever order they come:
/// a meeting may be logged before the activation reaches us, a closure may arrive first of all.
/// </summary>
public sealed class Pair
{
    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid? MenteeId { get; private set; }

    public Guid? MentorId { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Kebab-case outcome as Pairing sent it (see <see cref="PairOutcomes"/>).</summary>
    public string? Outcome { get; private set; }

    /// <summary>Pairing's count at closure; before it, the report counts the logged meetings.</summary>
    public int? MeetingsHeld { get; private set; }

    public static Pair Seen(Guid id, Guid programmeId) => new() { Id = id, ProgrammeId = programmeId };

    public void Activated(Guid menteeId, Guid mentorId, DateTimeOffset activatedAt)
    {
        SetMembers(menteeId, mentorId);
        ActivatedAt ??= activatedAt;
    }

    public void Closed(Guid menteeId, Guid mentorId, string outcome, DateTimeOffset? activatedAt, DateTimeOffset closedAt, int meetingsHeld)
    {
        SetMembers(menteeId, mentorId);
        ActivatedAt ??= activatedAt;
        ClosedAt = closedAt;
        Outcome = outcome;
        MeetingsHeld = meetingsHeld;
    }

    private void SetMembers(Guid menteeId, Guid mentorId)
    {
        MenteeId = menteeId;
        MentorId = mentorId;
    }
}
