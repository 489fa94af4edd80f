namespace Mentorship.Enrollment.Apis.Models;

/// <summary>Optional reason given with a rejection or a withdrawal.</summary>
public sealed record DecisionRequest(string? Reason);
