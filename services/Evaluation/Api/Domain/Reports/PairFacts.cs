namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>What the outcomes report needs of one pair.</summary>
public sealed record PairFacts(DateTimeOffset? ActivatedAt, DateTimeOffset? ClosedAt, string? Outcome, int? MeetingsHeld, int LoggedMeetings);
