using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Gateway.Tests.Support;

/// <summary>A Development gateway in front of one healthy stub per service, shared by a test class.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const string AllowedOrigin = "https://front.example";

    public StubServices Stubs { get; private set; } = null!;

    public GatewayFactory Gateway { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stubs = await StubServices.StartAsync();
        Gateway = GatewayFactory.Over(Stubs.All, extra: new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = AllowedOrigin });
        Client = Gateway.CreateClient();
    }

    /// <summary>A request with a fresh probe id, so that a test can tell whether it reached any stub.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(StubService.ProbeHeader, Guid.NewGuid().ToString());
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        return request;
    }

    public static string Token(Guid? personId = null) =>
        DevelopmentTokens.Create(personId ?? Guid.NewGuid(), "Test Person", [PlatformRoles.Coordinator], [Guid.NewGuid()]);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Gateway.DisposeAsync();
        await Stubs.DisposeAsync();
    }
}
