namespace Mentorship.AppHost.Orchestration;

/// <summary>Start-up failed: the resources that did not come up, and why.</summary>
public sealed class ResourceStartException(IReadOnlyList<ResourceStartFailure> failures)
    : Exception(Describe(failures))
{
    public IReadOnlyList<ResourceStartFailure> Failures { get; } = failures;

    /// <summary>The causes first (failures not due to another failure), then who was left waiting because of them.</summary>
    private static string Describe(IReadOnlyList<ResourceStartFailure> failures)
    {
        var failed = failures.Select(f => f.Resource).ToHashSet();
        var causes = failures.Where(f => f.BlockedBy is null || !failed.Contains(f.BlockedBy)).ToList();
        var waiting = failures.Except(causes).Select(f => f.Resource).ToList();
        return "Start-up failed:"
            + string.Concat(causes.Select(f => $"{Environment.NewLine}- {f.Resource}: {f.Reason}"))
            + (waiting.Count == 0 ? "" : $"{Environment.NewLine}Left waiting because of that: {string.Join(", ", waiting)}.");
    }
}
