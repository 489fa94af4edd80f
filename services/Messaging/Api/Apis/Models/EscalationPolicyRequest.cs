namespace Mentorship.Messaging.Apis.Models;

/// <summary>
/// The programme's (or, with lab, one lab's) escalation: the hours the pair's referent has to acknowledge a
/// concern, then the tiers of contacts in order, each with its own hours.
/// </summary>
public sealed record EscalationPolicyRequest(string? Lab, int? FirstResponseHours, List<EscalationTierInput>? Tiers);
