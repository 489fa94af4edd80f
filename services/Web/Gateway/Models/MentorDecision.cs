namespace Mentorship.Web.Gateway.Models;

/// <summary>The mentor's answer to the proposal; the reason of a decline is shown to the mentor only.</summary>
public sealed record MentorDecision(bool Accepted, DateTimeOffset DecidedAt, string? Reason);
