namespace Mentorship.Pairing.Contracts;

/// <summary>A pair ended with an outcome (job, internship, training, studies, business-creation, term-reached, dropout-mentee, dropout-mentor).</summary>
public sealed record PairClosed(
    Guid PairId,
    Guid ProgrammeId,
    Guid MenteeId,
    Guid MentorId,
    string Outcome,
    DateTimeOffset? ActivatedAt,
    DateTimeOffset ClosedAt,
    int MeetingsHeld);
