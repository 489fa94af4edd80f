namespace Mentorship.Pairing.Apis.Models;

/// <summary>The mentee's answer once the mentor accepted, in programmes where both sides volunteer; the reason of a decline stays in Pairing.</summary>
public sealed record MenteeDecisionRequest(bool? Accept, string? Reason);
