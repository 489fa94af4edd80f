namespace Mentorship.Web.Gateway.Models;

/// <summary>The guided first meeting: when, whether both want to go on, and the members' notes.</summary>
public sealed record FirstMeeting(DateOnly HeldOn, bool Fit, DateTimeOffset RecordedAt, string? Notes);
