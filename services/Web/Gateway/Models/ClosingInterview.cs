namespace Mentorship.Web.Gateway.Models;

/// <summary>One side's closing interview as Pairing keeps it (ClosingInterviewView), shown to the pair's staff only.</summary>
public sealed record ClosingInterview(
    string Side,
    DateOnly HeldOn,
    int Satisfaction,
    string GoalsReached,
    string? WhatWorked,
    string? WhatToImprove,
    bool WouldRecommend,
    DateTimeOffset RecordedAt);

/// <summary>The part of a pair's view the closing-interview form reads: null when the caller does not follow the pair up.</summary>
public sealed record PairInterviews(string Status, IReadOnlyList<ClosingInterview>? ClosingInterviews);
