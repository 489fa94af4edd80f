namespace Mentorship.Pairing.Contracts;

/// <summary>A meeting of an active pair was logged; dimensions are "professional", "personal", "academic".</summary>
public sealed record MeetingLogged(
    Guid PairId,
    Guid ProgrammeId,
    Guid MeetingId,
    DateOnly Date,
    int DurationMinutes,
    IReadOnlyList<string> Dimensions);
