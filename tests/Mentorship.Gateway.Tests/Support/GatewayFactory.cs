using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mentorship.Gateway.Tests.Support;

/// <summary>
/// The real gateway on Kestrel (WebSockets and request-size limits need a real server), configured
/// only through the keys a launcher sets: services:{name}:http:{i} (where service discovery finds
/// each replica), Identity, Cors.
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    private readonly string environment;
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly TimeProvider? clock;

    public GatewayFactory(IReadOnlyDictionary<string, string?> settings, string? environment = null, TimeProvider? clock = null)
    {
        this.settings = settings;
        this.environment = environment ?? Environments.Development;
        this.clock = clock;
        UseKestrel(0);
    }

    public static GatewayFactory Over(
        IEnumerable<StubService> replicas,
        string? environment = null,
        IReadOnlyDictionary<string, string?>? extra = null,
        TimeProvider? clock = null)
    {
        var settings = replicas
            .GroupBy(replica => replica.Service)
            .SelectMany(service => service.Select((replica, index) =>
                KeyValuePair.Create($"services:{service.Key}:http:{index}", (string?)replica.Address.ToString())))
            .Concat(extra ?? new Dictionary<string, string?>())
            .ToDictionary();
        return new GatewayFactory(settings, environment, clock);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        if (clock is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
