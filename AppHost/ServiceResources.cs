using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Mentorship.AppHost.LocalServers;

namespace Mentorship.AppHost;

public static class ServiceResources
{
    private const string IdentityAuthority = "identity-authority";

    /// <summary>
    /// A domain service: its migrations as a one-shot resource (the service binary in `migrate` mode,
    /// a Job when deployed), then the service, which waits for them and for what it references.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, IResourceBuilder<IResourceWithConnectionString> database,
        params IResourceBuilder<IResourceWithConnectionString>[] references)
        where TProject : IProjectMetadata, new()
    {
        var migrations = builder.AddProject<TProject>($"{name}-migrations")
            .WithArgs("migrate")
            .WithPlatformEnvironment()
            .WithReferencesAndWait(database);

        return builder.AddProject<TProject>(name)
            .WithPlatformEnvironment()
            .WithPlatformHttpEndpoint()
            .WithHttpHealthCheck("/health")
            .WithReferencesAndWait([database, .. references])
            .WaitForCompletion(migrations);
    }

    /// <summary>
    /// The project's HTTP endpoint. In run mode it is not proxied, on a port chosen now (the preferred
    /// one when free): a proxy accepts a health probe before the service listens and holds it until
    /// its 10 s timeout, and adds a hop to every call.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPlatformHttpEndpoint(this IResourceBuilder<ProjectResource> project, int? preferredPort = null)
    {
        if (project.ApplicationBuilder.ExecutionContext.IsPublishMode)
            return project.WithHttpEndpoint();

        var port = (preferredPort is { } preferred ? FreePorts.IfFree(preferred) : null) ?? FreePorts.Next();
        return project.WithHttpEndpoint(port: port, targetPort: port, isProxied: false);
    }

    /// <summary>
    /// Run mode: the AppHost's environment (Development locally: /dev/token, detailed errors). A
    /// deployment names the OpenID Connect authority whose tokens every project trusts.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPlatformEnvironment(this IResourceBuilder<ProjectResource> project)
    {
        var builder = project.ApplicationBuilder;
        if (builder.ExecutionContext.IsRunMode)
            return project.WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName);

        var authority = builder.Resources.OfType<ParameterResource>().FirstOrDefault(p => p.Name == IdentityAuthority)
            ?? builder.AddParameter(IdentityAuthority).Resource;
        return project.WithEnvironment("Identity__Authority", authority);
    }

    public static IResourceBuilder<ProjectResource> WithReferencesAndWait(
        this IResourceBuilder<ProjectResource> project, params IResourceBuilder<IResourceWithConnectionString>[] references)
    {
        foreach (var reference in references)
            project.WithReference(reference).WaitFor(reference);
        return project;
    }

    public static IResourceBuilder<ProjectResource> WithReferencesAndWait(
        this IResourceBuilder<ProjectResource> project, params IResourceBuilder<IResourceWithServiceDiscovery>[] references)
    {
        foreach (var reference in references)
            project.WithReference(reference).WaitFor(reference);
        return project;
    }
}
