using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Mentorship.AppHost.LocalServers;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.AppHost.Tests.Topology;

/// <summary>The run-mode model as Program.cs declares it, built but not started.</summary>
public sealed class TopologyTests(TopologyModel model) : IClassFixture<TopologyModel>
{
    [Theory]
    // Qualified: Mentorship.Enrollment is also a namespace here (the contracts Mentorship.Testing references).
    [InlineData(Mentorship.ServiceDefaults.Hosting.ResourceNames.Enrollment, new[] { EnrollmentDb, EventBus })]
    [InlineData(Matching, new[] { MatchingDb, EventBus, Cache })]
    [InlineData(Pairing, new[] { PairingDb, EventBus })]
    [InlineData(Messaging, new[] { MessagingDb, EventBus, Cache, Mail })]
    [InlineData(Evaluation, new[] { EvaluationDb, EventBus })]
    [InlineData(Identity, new[] { IdentityDb, EventBus, Mail })]
    public void A_service_waits_for_what_it_references_and_for_its_migrations_to_complete(string service, string[] references)
    {
        var project = Resource<ProjectResource>(service);

        // Waiting for a database is waiting for its server too.
        Assert.Equal(references.Append(Postgres).Order(), Waits(project, WaitType.WaitUntilHealthy).Order());
        Assert.Equal([$"{service}-migrations"], Waits(project, WaitType.WaitForCompletion));
        Assert.Contains(project.Annotations.OfType<HealthCheckAnnotation>(), check => check.Key.Contains("/health", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_migration_runs_the_built_service_binary_in_migrate_mode_once_its_database_exists()
    {
        foreach (var service in Services)
        {
            var migrations = Resource<ExecutableResource>($"{service}-migrations");
            var serviceProject = Path.GetDirectoryName(Resource<ProjectResource>(service).GetProjectMetadata().ProjectPath)!;

            Assert.Equal(new[] { Postgres, DatabaseOf(service) }.Order(), Waits(migrations, WaitType.WaitUntilHealthy).Order());
            Assert.StartsWith(Path.Combine(serviceProject, "bin"), migrations.WorkingDirectory, StringComparison.Ordinal);
            Assert.Equal("dotnet", migrations.Command);
            var args = await ArgumentsOf(migrations);
            Assert.Equal([$"Mentorship.{service[..1].ToUpperInvariant()}{service[1..]}.dll", "migrate"], args);
            Assert.True(File.Exists(Path.Combine(migrations.WorkingDirectory, args[0])), $"{args[0]} is built beside the AppHost");
        }
    }

    [Fact]
    public void The_gateway_starts_without_waiting_for_the_services_as_it_routes_to_whichever_are_up()
    {
        Assert.Equal([Cache], Waits(Resource<ProjectResource>(Gateway), WaitType.WaitUntilHealthy));
    }

    [Fact]
    public async Task The_web_front_end_and_the_gateway_know_each_others_address_and_neither_waits_for_the_other()
    {
        var web = Resource<ProjectResource>(Web);
        var gateway = Resource<ProjectResource>(Gateway);

        var gatewayAddress = Assert.IsType<EndpointReference>((await EnvironmentOf(web))[$"services__{Gateway}__http__0"]);
        var webAddress = Assert.IsType<EndpointReference>((await EnvironmentOf(gateway))[$"services__{Web}__http__0"]);
        Assert.Equal((Gateway, "http"), (gatewayAddress.Resource.Name, gatewayAddress.EndpointName));
        Assert.Equal((Web, "http"), (webAddress.Resource.Name, webAddress.EndpointName));
        Assert.Empty(Waits(web, WaitType.WaitUntilHealthy));
        Assert.Contains(web.Annotations.OfType<HealthCheckAnnotation>(), check => check.Key.Contains("/health", StringComparison.Ordinal));
    }

    [Fact]
    public void Servers_come_from_the_local_installs_each_with_a_health_check_and_a_fixed_unproxied_port()
    {
        foreach (var name in new[] { Postgres, EventBus, Cache, $"{EventBus}-epmd" })
        {
            var server = Resource<LocalServerResource>(name);
            var endpoint = Assert.Single(server.Annotations.OfType<EndpointAnnotation>());
            Assert.False(endpoint.IsProxied);
            Assert.Equal(server.Port, endpoint.Port);
            Assert.Single(server.Annotations.OfType<HealthCheckAnnotation>());
        }

        Assert.Equal([$"{Postgres}-init"], Waits(Resource<LocalServerResource>(Postgres), WaitType.WaitForCompletion));
        Assert.Equal([$"{EventBus}-epmd"], Waits(Resource<LocalServerResource>(EventBus), WaitType.WaitUntilHealthy));
        Assert.All(Services, service => Assert.Same(Resource<LocalServerResource>(Postgres), Resource<LocalDatabaseResource>(DatabaseOf(service)).Parent));
    }

    [Fact]
    public async Task The_mail_inbox_is_smtp4dev_from_the_tool_manifest_with_its_web_inbox_linked_from_the_dashboard()
    {
        var mail = Resource<LocalServerResource>(Mail);
        var endpoints = mail.Annotations.OfType<EndpointAnnotation>().ToDictionary(endpoint => endpoint.Name);

        Assert.EndsWith("/rnwood.smtp4dev.linux-x64/3.15.0/tools/net10.0/linux-x64/Rnwood.Smtp4dev", mail.Command, StringComparison.Ordinal);
        Assert.True(File.Exists(mail.Command), "smtp4dev is restored (dotnet tool restore)");
        Assert.Equal($"smtp://localhost:{mail.Port}?security=none", mail.ConnectionString);
        Assert.Equal(["http", "tcp"], endpoints.Keys.Order());
        Assert.All(endpoints.Values, endpoint => Assert.False(endpoint.IsProxied));
        Assert.Equal(mail.Port, endpoints["tcp"].Port);
        Assert.Equal(2, mail.Annotations.OfType<HealthCheckAnnotation>().Count());
        Assert.Single(mail.Annotations.OfType<ResourceUrlsCallbackAnnotation>());

        var args = await ArgumentsOf(mail);
        Assert.Contains($"--smtpport={mail.Port}", args);
        Assert.Contains($"--urls=http://localhost:{endpoints["http"].Port}", args);
        Assert.Contains($"--db={Path.Combine(model.DataDirectory, Mail, "smtp4dev.db")}", args);
        Assert.Contains("--tlsmode=None", args);
    }

    [Fact]
    public async Task Messaging_sends_through_the_mail_inbox_with_links_to_the_gateway()
    {
        var environment = await EnvironmentOf(Resource<ProjectResource>(Messaging));

        Assert.Same(Resource<LocalServerResource>(Mail), Assert.IsType<ConnectionStringReference>(environment[$"ConnectionStrings__{Mail}"]).Resource);
        var links = Assert.IsType<EndpointReference>(environment["Mail__LinkBaseUrl"]);
        Assert.Equal((Gateway, "http"), (links.Resource.Name, links.EndpointName));
    }

    [Fact]
    public async Task Every_project_trusts_the_identity_service_at_the_gateways_address_where_the_web_front_end_is_registered()
    {
        var identity = await EnvironmentOf(Resource<ProjectResource>(Identity));

        Assert.Equal("{gateway.bindings.http.url}/app/signin-oidc", Assert.IsType<ReferenceExpression>(identity["Identity__Clients__web__RedirectUris__0"]).ValueExpression);
        Assert.Equal("{gateway.bindings.http.url}/app/signout-callback-oidc", Assert.IsType<ReferenceExpression>(identity["Identity__Clients__web__PostLogoutRedirectUris__0"]).ValueExpression);
        foreach (var project in Backends.Append(Gateway).Append(Web))
        {
            var authority = (await EnvironmentOf(Resource<ProjectResource>(project)))["Identity__Authority"];
            Assert.Equal("{gateway.bindings.http.url}/", Assert.IsType<ReferenceExpression>(authority).ValueExpression);
        }
    }

    [Fact]
    public void Passwords_are_kept_in_the_data_folder_so_a_second_start_finds_its_servers_with_theirs()
    {
        var first = Resource<LocalServerResource>(Postgres).ConnectionString;
        var again = new DataFolder(model.DataDirectory).PasswordOf(Postgres);

        Assert.Contains($"Password={again}", first, StringComparison.Ordinal);
    }

    private T Resource<T>(string name)
        where T : IResource =>
        Assert.IsType<T>(model.Builder.Resources.Single(r => r.Name == name), exactMatch: false);

    private static async Task<string[]> ArgumentsOf(IResource resource)
    {
        var args = new List<object>();
        foreach (var annotation in resource.Annotations.OfType<CommandLineArgsCallbackAnnotation>())
            await annotation.Callback(new CommandLineArgsCallbackContext(args, resource, CancellationToken.None));
        return [.. args.Select(arg => arg.ToString()!)];
    }

    /// <summary>The environment as declared (references unresolved: nothing is started).</summary>
    private static async Task<Dictionary<string, object>> EnvironmentOf(IResourceWithEnvironment resource)
    {
        var context = new EnvironmentCallbackContext(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run), resource);
        foreach (var annotation in resource.Annotations.OfType<EnvironmentCallbackAnnotation>())
            await annotation.Callback(context);
        return context.EnvironmentVariables;
    }

    private static IEnumerable<string> Waits(IResource resource, WaitType type) =>
        resource.Annotations.OfType<WaitAnnotation>().Where(w => w.WaitType == type).Select(w => w.Resource.Name);
}
