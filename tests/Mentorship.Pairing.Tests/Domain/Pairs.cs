using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Transitions;

namespace Mentorship.Pairing.Tests.Domain;

/// <summary>Pairs brought to a given stage of their life, for tests that start there.</summary>
public static class Pairs
{
    public static readonly DateTimeOffset ProposedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset AcceptedAt = ProposedAt.AddDays(3);
    public static readonly DateOnly FirstMeetingOn = new(2026, 3, 12);
    public static readonly DateTimeOffset ActivatedAt = new(2026, 3, 16, 18, 0, 0, TimeSpan.Zero);

    public static Pair Proposed() =>
        Pair.Propose(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ProposedAt);

    public static Pair Introduced()
    {
        var pair = Proposed();
        Succeed(pair.DecideAsMentor(accept: true, reason: null, AcceptedAt));
        return pair;
    }

    public static Pair Contracting()
    {
        var pair = Introduced();
        Succeed(pair.RecordFirstMeeting(FirstMeetingOn, fit: true, "We get on well.", pair.MenteeId, AcceptedAt.AddDays(8)));
        return pair;
    }

    public static Pair Active()
    {
        var pair = Contracting();
        Succeed(pair.Sign(pair.MenteeId, ActivatedAt.AddHours(-2)));
        Succeed(pair.Sign(pair.MentorId, ActivatedAt));
        return pair;
    }

    public static Meeting Meeting(Pair pair, DateOnly date, int minutes = 90, string? place = "Mentor's office", params MeetingDimension[] dimensions) => new()
    {
        Id = Guid.NewGuid(),
        PairId = pair.Id,
        Date = date,
        DurationMinutes = minutes,
        Place = place,
        Dimensions = dimensions.Length == 0 ? [MeetingDimension.Professional] : [.. dimensions],
        LoggedBy = pair.MenteeId,
        LoggedAt = date.ToDateTime(new TimeOnly(20, 0), DateTimeKind.Utc),
    };

    private static void Succeed(TransitionResult result)
    {
        if (!result.Changed)
            throw new InvalidOperationException($"Setting up the pair failed: {result.Refusal ?? "nothing changed"}");
    }
}
