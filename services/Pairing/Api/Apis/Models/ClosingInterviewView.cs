using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Models;

public sealed record ClosingInterviewView(
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
    public static ClosingInterviewView From(ClosingInterview interview) => new(
        interview.Side,
        interview.HeldOn,
        interview.Satisfaction,
        interview.GoalsReached,
        interview.WhatWorked,
        interview.WhatToImprove,
        interview.WouldRecommend,
        interview.RecordedBy,
        interview.RecordedAt);
}
