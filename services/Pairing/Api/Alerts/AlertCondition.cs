namespace Mentorship.Pairing.Alerts;

/// <summary>
/// One condition that holds now for a pair: the pair's people decide the recipients. A survey pending for
/// both members gives two rows of the same pair and kind, one per respondent.
/// </summary>
public sealed record AlertCondition(
    Guid PairId, Guid ProgrammeId, string Kind, Guid MenteeId, Guid MentorId, Guid? ReferentId, Guid? RespondentId);
