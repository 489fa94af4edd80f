using Aspire.Hosting.ApplicationModel;

namespace Mentorship.AppHost.LocalServers;

/// <summary>
/// A server run from the local install as an executable (no container engine here). Its port is
/// chosen when the model is built and not proxied, so it stays the same when the server is restarted
/// and can go into its own configuration.
/// </summary>
public sealed class LocalServerResource(string name, string command, string workingDirectory, int port, string connectionString)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public int Port { get; } = port;

    /// <summary>The connection string in the form Aspire's own resource of the same kind gives.</summary>
    public string ConnectionString { get; } = connectionString;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{ConnectionString}");
}
