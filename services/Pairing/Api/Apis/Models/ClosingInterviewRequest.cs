namespace Mentorship.Pairing.Apis.Models;

/// <summary>One side's closing interview, as its staff interviewer fills the programme's form.</summary>
public sealed record ClosingInterviewRequest(
    DateOnly? HeldOn,
    int? Satisfaction,
    string? GoalsReached,
    string? WhatWorked,
    string? WhatToImprove,
    bool? WouldRecommend);
