namespace Mentorship.Messaging.Apis.Models;

/// <summary>Why the step is taken, kept in the concern's audit (seen by its handlers only).</summary>
public sealed record ConcernStepRequest(string? Note);
