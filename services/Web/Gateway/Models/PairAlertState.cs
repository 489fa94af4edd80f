namespace Mentorship.Web.Gateway.Models;

/// <summary>What acknowledging an alert answers: the alert's state afterwards.</summary>
public sealed record PairAlertState(Guid Id, Guid PairId, string Kind, int Level, string State, DateTimeOffset? AcknowledgedAt);
