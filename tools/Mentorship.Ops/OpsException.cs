namespace Mentorship.Ops;

/// <summary>A failure the operator can act on: its message is printed as is, without a stack trace.</summary>
public sealed class OpsException(string message) : Exception(message);
