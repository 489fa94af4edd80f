using Mentorship.AppHost.Infrastructure;
using Mentorship.AppHost.Orchestration;

namespace Mentorship.AppHost.Resources;

/// <summary>A database on the PostgreSQL server, created when missing (as Aspire's AddDatabase does).</summary>
public sealed class DatabaseResource : Resource, IResourceWithConnectionString
{
    private readonly PostgresServer _server;
    private string? _healthProblem;

    public DatabaseResource(string name, ServerResource postgres)
        : base(name, "Database", [postgres])
    {
        _server = (PostgresServer)postgres.Server;
    }

    public string ConnectionString => _server.GetConnectionString(Name);

    protected internal override string? HealthProblem => _healthProblem;

    protected internal override async Task<Task<int>?> LaunchAsync(CancellationToken cancellationToken)
    {
        await _server.CreateDatabaseAsync(Name, cancellationToken);
        WriteOutput($"Database {Name} is there.");
        return null;
    }

    protected internal override async Task<bool> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _server.ProbeDatabaseAsync(Name, cancellationToken);
            _healthProblem = null;
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed probe is the answer "unhealthy", kept with its reason.
            _healthProblem = e.Message;
            return false;
        }
    }

    protected internal override Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
