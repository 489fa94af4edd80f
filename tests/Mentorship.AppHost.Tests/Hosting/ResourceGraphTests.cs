using Mentorship.AppHost.Hosting;
using Mentorship.AppHost.Orchestration;
using Mentorship.AppHost.Processes;
using Mentorship.AppHost.Resources;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.AppHost.Tests.Hosting;

public sealed class ResourceGraphTests : IDisposable
{
    private static readonly string[] StandardKeys =
    [
        "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_FORWARDEDHEADERS_ENABLED",
        "OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES",
    ];

    private readonly TestFolder _folder = new();

    [Fact]
    public void Each_service_gets_its_database_the_event_bus_and_the_cache_only_where_the_table_says()
    {
        var resources = Build(otlp: null);

        Assert.Equal(
            StandardKeys.Concat(["ConnectionStrings__matchingdb", "ConnectionStrings__eventbus", "ConnectionStrings__cache"]).Order(StringComparer.Ordinal),
            Environment(resources, Matching).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            StandardKeys.Concat(["ConnectionStrings__enrollmentdb", "ConnectionStrings__eventbus"]).Order(StringComparer.Ordinal),
            Environment(resources, Enrollment).Keys.Order(StringComparer.Ordinal));
        var matching = Environment(resources, Matching);
        Assert.Equal("Development", matching["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("true", matching["ASPNETCORE_FORWARDEDHEADERS_ENABLED"]);
        Assert.Equal(Matching, matching["OTEL_SERVICE_NAME"]);
        Assert.StartsWith("service.instance.id=matching-", matching["OTEL_RESOURCE_ATTRIBUTES"], StringComparison.Ordinal);
        Assert.Matches(@"^Host=localhost;Port=\d+;Username=postgres;Password=\w+;Database=matchingdb$", matching["ConnectionStrings__matchingdb"]);
        Assert.Matches(@"^amqp://guest:\w+@localhost:\d+$", matching["ConnectionStrings__eventbus"]);
        Assert.Matches(@"^localhost:\d+,password=\w+$", matching["ConnectionStrings__cache"]);
        Assert.Matches(@"^http://localhost:\d+$", matching["ASPNETCORE_URLS"]);
    }

    [Fact]
    public void The_gateway_discovers_the_five_services_and_waits_for_them()
    {
        var resources = Build(otlp: null);
        var gateway = Environment(resources, Gateway);

        foreach (var service in Services)
            Assert.Equal(resources.Single(r => r.Name == service).Url!.GetLeftPart(UriPartial.Authority), gateway[$"services__{service}__http__0"]);
        Assert.Contains("ConnectionStrings__cache", gateway.Keys);
        Assert.Equal([.. Services, Cache], resources.Single(r => r.Name == Gateway).WaitsFor.Select(r => r.Name));
    }

    [Fact]
    public void A_service_waits_for_its_migrations_which_wait_only_for_its_database()
    {
        var resources = Build(otlp: null);
        var migrations = (MigrationResource)resources.Single(r => r.Name == "pairing-migrations");

        Assert.Equal([PairingDb], migrations.WaitsFor.Select(r => r.Name));
        Assert.Equal("migrate", migrations.Spec.Arguments[^1]);
        Assert.Contains(migrations, resources.Single(r => r.Name == Pairing).WaitsFor);
        Assert.EndsWith("services/Pairing/Api/bin/Debug/net10.0/Mentorship.Pairing.dll".Replace("Debug", RepositoryLayout.Locate().Configuration), migrations.AssemblyPath);
    }

    [Fact]
    public void Telemetry_export_keys_are_given_only_when_an_endpoint_is()
    {
        var exporting = Environment(Build(new OtlpSettings("http://localhost:4317", OtlpSettings.HttpProtobuf, "key-1")), Evaluation);
        var silent = Environment(Build(otlp: null), Evaluation);

        Assert.Equal("http://localhost:4317", exporting["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("http/protobuf", exporting["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal("x-otlp-api-key=key-1", exporting["OTEL_EXPORTER_OTLP_HEADERS"]);
        Assert.DoesNotContain(silent.Keys, key => key.StartsWith("OTEL_EXPORTER", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<Resource> Build(OtlpSettings? otlp)
    {
        var data = new DataFolder(_folder.For(Guid.NewGuid().ToString("N")));
        var parameters = Parameters.LoadOrCreate(data.ParametersFile, [Parameters.PasswordOf(Postgres), Parameters.PasswordOf(Cache), Parameters.PasswordOf(EventBus)]);
        var registry = ProcessRegistry.Claim(data.ProcessesFile, _ => { });
        var options = new DistributedSystemOptions { GatewayPort = 0, Otlp = otlp };
        return ResourceGraph.Build(RepositoryLayout.Locate(), data, parameters, registry, options, _ => { });
    }

    private static IReadOnlyDictionary<string, string> Environment(IReadOnlyList<Resource> resources, string name) =>
        ((ProjectResource)resources.Single(r => r.Name == name)).Spec.Environment;
}
