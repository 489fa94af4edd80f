namespace Mentorship.Ops.Errors;

/// <summary>How many messages of a queue failed for the same reason.</summary>
public sealed record ReasonCount(string Reason, int Count);
