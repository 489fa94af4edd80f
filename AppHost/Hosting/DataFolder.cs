using Mentorship.AppHost.Infrastructure;

namespace Mentorship.AppHost.Hosting;

/// <summary>The AppHost's data folder (git-ignored .data/ by default): servers' data, passwords, child pids.</summary>
public sealed class DataFolder
{
    public DataFolder(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Postgres => Path.Combine(Root, "postgres");

    public string Redis => Path.Combine(Root, "redis");

    public string RabbitMq => Path.Combine(Root, "rabbitmq");

    public string ParametersFile => Path.Combine(Root, "parameters.json");

    public string ProcessesFile => Path.Combine(Root, "apphost-processes.json");

    /// <summary>Deletes everything, including a PostgreSQL cluster moved out of reach of root-only folders.</summary>
    public void Reset()
    {
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
        var relocated = Path.GetDirectoryName(PostgresServer.RelocatedClusterDirectory(Postgres))!;
        if (Directory.Exists(relocated))
            Directory.Delete(relocated, recursive: true);
    }
}
