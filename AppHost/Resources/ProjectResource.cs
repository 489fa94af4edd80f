using Mentorship.AppHost.Orchestration;
using Mentorship.AppHost.Processes;
using Mentorship.ServiceDefaults.Extensions;

namespace Mentorship.AppHost.Resources;

/// <summary>A service or the gateway: healthy when GET /health answers 200.</summary>
public sealed class ProjectResource : ProcessResource
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private string? _healthProblem;

    public ProjectResource(
        string name, Uri url, string assemblyPath, ProcessSpec spec, IEnumerable<Resource> waitsFor, ProcessRegistry? registry, TimeSpan stopTimeout)
        : base(name, "Project", assemblyPath, spec, waitsFor, registry, stopTimeout)
    {
        Url = url;
    }

    public override Uri Url { get; }

    protected internal override string? HealthProblem => _healthProblem;

    protected internal override async Task<bool> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(Url, ServiceDefaultsExtensions.HealthPath), cancellationToken);
            _healthProblem = response.IsSuccessStatusCode ? null : $"{ServiceDefaultsExtensions.HealthPath} answered {(int)response.StatusCode}";
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed probe is the answer "unhealthy", kept with its reason.
            _healthProblem = e.Message;
            return false;
        }
    }
}
