namespace Mentorship.Web.Gateway.Models;

/// <summary>One audited step of a concern: from which status to which, at which tier, by whom, when, and why.</summary>
public sealed record ConcernStep(string From, string To, int Tier, Guid? ActorId, DateTimeOffset At, string? Note);
