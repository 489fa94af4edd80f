namespace Mentorship.AppHost.Orchestration;

/// <summary>What a resource is doing at one moment: a row of the Resources table and of /api/resources.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Type,
    ResourceState State,
    ResourceHealth Health,
    string? Detail,
    Uri? Url,
    int? ProcessId,
    DateTimeOffset? StartedAt,
    int? ExitCode,
    int Restarts,
    IReadOnlyList<string> WaitsFor);
