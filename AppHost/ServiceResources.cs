using System.Reflection;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Mentorship.AppHost.LocalServers;

namespace Mentorship.AppHost;

public static class ServiceResources
{
    /// <summary>
    /// A domain service: its migrations as a one-shot resource (the service binary in `migrate` mode,
    /// a Job when deployed), then the service, which waits for them and for what it references.
    /// (Starting services before the broker was tried: 80 s instead of 55 s to healthy on 2 cores,
    /// as the broker then boots on a loaded machine and MassTransit's reconnection backs off.)
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<IResourceWithConnectionString> database,
        params IResourceBuilder<IResourceWithConnectionString>[] others)
        where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name).WithPlatformEnvironment().WithPlatformHttpEndpoint().WithHttpHealthCheck("/health")
            .WaitForCompletion(builder.AddMigrations<TProject>($"{name}-migrations", database));
        foreach (var reference in others.Prepend(database))
            service.WithReference(reference).WaitFor(reference);
        return service;
    }

    /// <summary>
    /// The project's HTTP endpoint. Run locally, plain HTTP, not proxied, on a port chosen now (the
    /// preferred one when free): a proxy accepts a health probe before the service listens and holds
    /// it until its 10 s timeout, and adds a hop to every call.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPlatformHttpEndpoint(this IResourceBuilder<ProjectResource> project, int? preferredPort = null)
    {
        if (project.ApplicationBuilder.ExecutionContext.IsPublishMode)
            return project.WithHttpEndpoint();
        var port = (preferredPort is { } preferred ? FreePorts.IfFree(preferred) : null) ?? FreePorts.Next();
#pragma warning disable ASPIRECERTIFICATES001 // Experimental; without it the dashboard warns that no certificate is trusted.
        return project.WithHttpEndpoint(port: port, targetPort: port, isProxied: false).WithoutHttpsCertificate();
#pragma warning restore ASPIRECERTIFICATES001
    }

    /// <summary>
    /// Run locally: the AppHost's environment (Development: /dev/token, detailed errors). Deployed: the
    /// OpenID Connect authority whose tokens every project trusts.
    /// </summary>
    public static IResourceBuilder<T> WithPlatformEnvironment<T>(this IResourceBuilder<T> project)
        where T : IResourceWithEnvironment
    {
        var builder = project.ApplicationBuilder;
        if (builder.ExecutionContext.IsPublishMode)
        {
            return project.WithEnvironment("Identity__Authority", builder.Parameter("identity-authority"));
        }

        // Aspire asks the exporters to retry in memory: when the dashboard stops first, each of a
        // process's three exporters then spends 5 s retrying at shutdown (15 s per service, measured).
        return project
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"));
    }

    /// <summary>
    /// The service binary in `migrate` mode (DatabaseMigrationExtensions). Deployed, a project (a Job).
    /// Run locally, the binary the AppHost build made, started directly: `dotnet run` would add 3.6 s
    /// of CPU to each of the five, on top of the 2.6 s the migration takes (measured on 2 cores).
    /// </summary>
    private static IResourceBuilder<IResource> AddMigrations<TProject>(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<IResourceWithConnectionString> database)
        where TProject : IProjectMetadata, new()
    {
        const string MigrateArgument = "migrate";
        if (builder.ExecutionContext.IsPublishMode)
            return builder.AddProject<TProject>(name).WithArgs(MigrateArgument).WithPlatformEnvironment().WithReference(database).WaitFor(database);

        var project = new TProject().ProjectPath;
        var configuration = typeof(ServiceResources).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var output = Path.Combine(Path.GetDirectoryName(project)!, "bin", configuration, "net10.0");
        return builder.AddExecutable(name, "dotnet", output, Path.GetFileNameWithoutExtension(project) + ".dll", MigrateArgument)
            .WithOtlpExporter().WithPlatformEnvironment().WithReference(database).WaitFor(database);
    }
}
