namespace Mentorship.Ops.Errors;

/// <summary>An error queue, how many messages wait in it and the most common reasons among those read.</summary>
public sealed record ErrorQueueSummary(string Queue, uint MessageCount, IReadOnlyList<ReasonCount> TopReasons);
