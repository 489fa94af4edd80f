namespace Mentorship.Ops.Errors;

/// <summary>
/// A message in an error queue as an operator sees it: identifiers and the failure, never the body
/// (events carry ids only, but an operator's terminal is no place for message contents).
/// </summary>
public sealed record FaultedMessage(string? MessageId, string? MessageType, string Reason, DateTimeOffset? FaultedAt);
