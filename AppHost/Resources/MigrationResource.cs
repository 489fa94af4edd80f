using Mentorship.AppHost.Orchestration;
using Mentorship.AppHost.Processes;

namespace Mentorship.AppHost.Resources;

/// <summary>A service binary run with "migrate": applies its EF Core migrations and exits (Finished on code 0).</summary>
public sealed class MigrationResource : ProcessResource
{
    public MigrationResource(string name, string assemblyPath, ProcessSpec spec, IEnumerable<Resource> waitsFor, ProcessRegistry? registry, TimeSpan stopTimeout)
        : base(name, "Migration", assemblyPath, spec, waitsFor, registry, stopTimeout)
    {
    }

    public override bool RunsToCompletion => true;

    protected internal override Task<bool> CheckHealthAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
