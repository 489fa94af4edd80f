using Mentorship.AppHost.Infrastructure;
using Mentorship.AppHost.Orchestration;

namespace Mentorship.AppHost.Resources;

/// <summary>A local server (PostgreSQL, Redis, RabbitMQ) as a resource.</summary>
public sealed class ServerResource : Resource, IResourceWithConnectionString
{
    /// <summary>Makes the server with a sink for its output, which goes to this resource's log.</summary>
    public ServerResource(string name, string type, Func<Action<string, bool>, LocalServer> createServer)
        : base(name, type)
    {
        Server = createServer((line, isError) => WriteOutput(line, isError));
    }

    public LocalServer Server { get; }

    public string ConnectionString => Server.ConnectionString;

    public override Uri? Url => Server.Url;

    public override int? ProcessId => Server.MainProcess?.Id;

    protected internal override string? HealthProblem => Server.LastHealthProblem;

    protected internal override async Task<Task<int>?> LaunchAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Server.StartAsync(cancellationToken);
        }
        catch (ServerNotInstalledException e)
        {
            throw new ResourceRuntimeUnavailableException(e.Message, e);
        }

        return Server.MainProcess!.Exited;
    }

    protected internal override Task<bool> CheckHealthAsync(CancellationToken cancellationToken) =>
        Server.IsHealthyAsync(cancellationToken);

    protected internal override Task StopAsync(CancellationToken cancellationToken) => Server.StopAsync(cancellationToken);

    protected internal override void SignalStop() => Server.SignalStop();
}
