using Mentorship.AppHost.Infrastructure;
using Mentorship.AppHost.Networking;
using Mentorship.AppHost.Orchestration;
using Mentorship.AppHost.Processes;
using Mentorship.AppHost.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.AppHost.Hosting;

/// <summary>Makes the platform's resources from <see cref="Topology"/>: servers, databases, migrations, projects.</summary>
public static class ResourceGraph
{
    public static IReadOnlyList<Resource> Build(
        RepositoryLayout layout, DataFolder data, Parameters parameters, ProcessRegistry registry, DistributedSystemOptions options, Action<string> log)
    {
        LocalServerOptions ServerOptions(string directory, string resource, Action<string, bool> output) => new()
        {
            DataDirectory = directory,
            Password = parameters[Parameters.PasswordOf(resource)],
            Durable = options.DurableStorage,
            StopTimeout = options.StopTimeout,
            Registry = registry,
            Output = output,
        };

        var postgres = new ServerResource(Postgres, "PostgreSQL", output => new PostgresServer(ServerOptions(data.Postgres, Postgres, output)));
        var cache = new ServerResource(Cache, "Redis", output => new RedisServer(ServerOptions(data.Redis, Cache, output)));
        var eventBus = new ServerResource(EventBus, "RabbitMQ", output => new RabbitMqServer(ServerOptions(data.RabbitMq, EventBus, output)));
        var byName = new Dictionary<string, Resource> { [Postgres] = postgres, [Cache] = cache, [EventBus] = eventBus };
        foreach (var database in Topology.Databases)
            byName[database] = new DatabaseResource(database, postgres);

        var migrations = new List<Resource>();
        var projects = new List<Resource>();
        var dotnet = Executables.DotNetHost();
        foreach (var project in Topology.Projects)
        {
            if (!File.Exists(layout.ProjectFile(project)))
            {
                if (!project.Optional)
                    throw new FileNotFoundException($"{project.ProjectPath} does not exist.", layout.ProjectFile(project));
                log($"{project.ProjectPath} does not exist (yet): running without {project.Name}.");
                continue;
            }

            var references = project.References.Select(name => byName[name]).ToList();
            var waitsFor = new List<Resource>(references);
            var assembly = layout.AssemblyPath(project);
            var workingDirectory = layout.OutputDirectory(project);
            if (project.Migrations is { } database)
            {
                var environment = ProjectEnvironment.For(project.MigrationsName, null, references, options.EnvironmentName, options.Otlp);
                var spec = new ProcessSpec(dotnet, [assembly, DatabaseMigrationExtensions.MigrateArgument])
                {
                    WorkingDirectory = workingDirectory,
                    Environment = environment,
                };
                var migration = new MigrationResource(project.MigrationsName, assembly, spec, [byName[database]], registry, options.StopTimeout);
                migrations.Add(migration);
                waitsFor.Add(migration);
            }

            var port = project.Name == Gateway ? FreePorts.Prefer(options.GatewayPort) : FreePorts.Next();
            var url = new Uri($"http://localhost:{port}");
            var projectSpec = new ProcessSpec(dotnet, [assembly])
            {
                WorkingDirectory = workingDirectory,
                Environment = ProjectEnvironment.For(project.Name, url, references, options.EnvironmentName, options.Otlp),
            };
            byName[project.Name] = new ProjectResource(project.Name, url, assembly, projectSpec, waitsFor, registry, options.StopTimeout);
            projects.Add(byName[project.Name]);
        }

        return [postgres, cache, eventBus, .. Topology.Databases.Select(name => byName[name]), .. migrations, .. projects];
    }
}
