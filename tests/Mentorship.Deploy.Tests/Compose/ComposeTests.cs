using Mentorship.Deploy.Tests.Images;
using Mentorship.ServiceDefaults.Hosting;
using YamlDotNet.RepresentationModel;

namespace Mentorship.Deploy.Tests.Compose;

public class ComposeTests
{
    public static TheoryData<string> Services => [.. ResourceNames.Backends];

    public static TheoryData<string> Deployables => [.. ResourceNames.Backends, ResourceNames.Gateway, ResourceNames.Web];

    // One rendering for all the tests: docker-compose takes about a second to start.
    private static readonly Lazy<YamlMappingNode> RenderedOnce = new(Render);

    private static YamlMappingNode Rendered() => RenderedOnce.Value;

    private static YamlMappingNode Render()
    {
        var result = DockerCompose.Config(DockerCompose.ExampleEnvironment);
        Assert.True(result.ExitCode == 0, $"docker-compose config failed: {result.Errors}");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(result.Output));
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Rendered()[name];

    private static IEnumerable<string> EnvironmentKeys(YamlMappingNode service) =>
        ((YamlMappingNode)service["environment"]).Children.Keys.Select(key => ((YamlScalarNode)key).Value!);

    [Fact]
    public void The_compose_file_is_valid_with_the_example_parameters()
    {
        var result = DockerCompose.Config(DockerCompose.ExampleEnvironment);

        Assert.True(result.ExitCode == 0, result.Errors);
    }

    [Fact]
    public void The_compose_file_refuses_to_run_without_its_secrets()
    {
        var empty = Path.GetTempFileName();
        try
        {
            var result = DockerCompose.Config(empty);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("PASSWORD", result.Errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void A_deployable_reads_exactly_the_keys_the_AppHost_gives_it(string resource)
    {
        var keys = EnvironmentKeys(Service(resource)).Where(AspireManifest.IsReadByServices).Order(StringComparer.Ordinal);

        Assert.Equal(AspireManifest.KeysOf(resource), keys);
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void A_deployable_runs_the_image_its_project_builds_and_sends_telemetry_to_the_dashboard(string resource)
    {
        var service = Service(resource);
        var environment = (YamlMappingNode)service["environment"];

        Assert.EndsWith($"/{ContainerRepositories.Of(resource)}:1.0.0", ((YamlScalarNode)service["image"]).Value, StringComparison.Ordinal);
        Assert.Equal(resource, ((YamlScalarNode)environment["OTEL_SERVICE_NAME"]).Value);
        Assert.Equal("http://dashboard:18889", ((YamlScalarNode)environment["OTEL_EXPORTER_OTLP_ENDPOINT"]).Value);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_starts_after_its_migrations_completed(string resource)
    {
        var services = Rendered();
        var dependsOn = (YamlMappingNode)((YamlMappingNode)services[resource])["depends_on"];
        var migrations = (YamlMappingNode)services[$"{resource}-migrations"];

        Assert.Equal("service_completed_successfully", ((YamlScalarNode)((YamlMappingNode)dependsOn[$"{resource}-migrations"])["condition"]).Value);
        Assert.Equal("migrate", ((YamlScalarNode)((YamlSequenceNode)migrations["command"]).Single()).Value);
        Assert.Equal(AspireManifest.KeysOf($"{resource}-migrations"), EnvironmentKeys(migrations).Where(AspireManifest.IsReadByServices).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Mail_goes_to_the_relay_of_the_env_file_and_the_trial_inbox_is_reachable_from_this_machine_only()
    {
        var environment = (YamlMappingNode)Service(ResourceNames.Messaging)["environment"];
        var inbox = Service("mail-inbox");

        Assert.StartsWith("smtp://", ((YamlScalarNode)environment[$"ConnectionStrings__{ResourceNames.Mail}"]).Value, StringComparison.Ordinal);
        Assert.Equal("mail-inbox", ((YamlScalarNode)((YamlSequenceNode)inbox["profiles"]).Single()).Value);
        Assert.All(((YamlSequenceNode)inbox["ports"]).Select(port => port.ToString()), port => Assert.StartsWith("127.0.0.1:", port, StringComparison.Ordinal));
    }

    [Fact]
    public void The_dashboard_signs_users_in_with_OpenID_Connect()
    {
        var environment = (YamlMappingNode)Service("dashboard")["environment"];

        Assert.Equal("OpenIdConnect", ((YamlScalarNode)environment["Dashboard__Frontend__AuthMode"]).Value);
        Assert.Equal("ApiKey", ((YamlScalarNode)environment["Dashboard__Otlp__AuthMode"]).Value);
        foreach (var key in new[] { "Authority", "ClientId", "ClientSecret" })
            Assert.False(string.IsNullOrEmpty(((YamlScalarNode)environment[$"Authentication__Schemes__OpenIdConnect__{key}"]).Value));
    }
}
