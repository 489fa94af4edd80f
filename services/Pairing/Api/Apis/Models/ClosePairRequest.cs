namespace Mentorship.Pairing.Apis.Models;

/// <summary>How the pair ended, with notes for the members and the coordinators.</summary>
public sealed record ClosePairRequest(string? Outcome, string? Notes);
