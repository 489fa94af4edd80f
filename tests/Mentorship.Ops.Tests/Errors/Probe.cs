namespace Mentorship.Ops.Tests.Errors;

/// <summary>A message for a consumer that fails on purpose.</summary>
public sealed record Probe(Guid Id);
