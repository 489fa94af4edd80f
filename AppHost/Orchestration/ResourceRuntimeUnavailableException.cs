namespace Mentorship.AppHost.Orchestration;

/// <summary>Thrown by a resource's launch when what it runs on is missing: the resource becomes RuntimeUnhealthy.</summary>
public sealed class ResourceRuntimeUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
