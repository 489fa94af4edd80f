namespace Mentorship.Matching.Apis.Models;

/// <summary>kind: bonus or malus (value: points 0 to 100), pin or forbid; reason is required and audited.</summary>
public sealed record AppreciationRequest(Guid? MenteeId, Guid? MentorId, string? Kind, double? Value, string? Reason);
