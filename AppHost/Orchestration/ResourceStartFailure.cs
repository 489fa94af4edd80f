namespace Mentorship.AppHost.Orchestration;

/// <summary>
/// A resource that did not come up: it failed itself (<see cref="BlockedBy"/> is null), or it was left
/// waiting because the resource it waits for failed or never became healthy.
/// </summary>
public sealed record ResourceStartFailure(string Resource, string? BlockedBy, string Reason);
