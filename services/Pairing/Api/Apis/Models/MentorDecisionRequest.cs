namespace Mentorship.Pairing.Apis.Models;

/// <summary>The mentor's answer to a proposal; the reason of a decline stays in Pairing.</summary>
public sealed record MentorDecisionRequest(bool? Accept, string? Reason);
