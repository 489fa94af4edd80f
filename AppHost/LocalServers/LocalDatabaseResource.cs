using Aspire.Hosting.ApplicationModel;

namespace Mentorship.AppHost.LocalServers;

/// <summary>A database on the local PostgreSQL server, created once the server is healthy.</summary>
public sealed class LocalDatabaseResource(string name, LocalServerResource server)
    : Resource(name), IResourceWithParent<LocalServerResource>, IResourceWithConnectionString, IResourceWithWaitSupport
{
    public LocalServerResource Parent { get; } = server;

    public string ConnectionString => $"{Parent.ConnectionString};Database={Name}";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
