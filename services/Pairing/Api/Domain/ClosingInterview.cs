namespace Mentorship.Pairing.Domain;

/// <summary>
/// The closing interview with one side of the pair (MentorYou's "canevas d'entretien de clôture"), held by
/// a coordinator or the referent; kept with the pair, shown to staff only. Recorded again, it replaces the
/// previous one and names its new author.
/// </summary>
public sealed record ClosingInterview(
    PairMember Side,
    DateOnly HeldOn,
    int Satisfaction,
    GoalsReached GoalsReached,
    string? WhatWorked,
    string? WhatToImprove,
    bool WouldRecommend,
    Guid RecordedBy,
    DateTimeOffset RecordedAt)
{
    public const int TextMaxLength = 2000;
    public const int MinSatisfaction = 1;
    public const int MaxSatisfaction = 5;

    /// <summary>The same answers, whoever recorded them when: a repeated PUT changes nothing.</summary>
    public bool SameAnswersAs(ClosingInterview other) =>
        this with { RecordedBy = other.RecordedBy, RecordedAt = other.RecordedAt } == other;
}
