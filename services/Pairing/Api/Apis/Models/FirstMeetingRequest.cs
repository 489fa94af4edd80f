namespace Mentorship.Pairing.Apis.Models;

/// <summary>The guided first meeting: when, whether the pair fits, and notes only the members read.</summary>
public sealed record FirstMeetingRequest(DateOnly? HeldOn, bool? Fit, string? Notes);
