using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Support;

/// <summary>One healthy stub per service the gateway routes to.</summary>
public sealed class StubServices : IAsyncDisposable
{
    private StubServices(IReadOnlyList<StubService> all) => All = all;

    public IReadOnlyList<StubService> All { get; }

    /// <summary>The five domain services, identity and the web front end.</summary>
    public static readonly IReadOnlyList<string> Routed = [.. ResourceNames.Services, ResourceNames.Identity, ResourceNames.Web];

    public static async Task<StubServices> StartAsync() =>
        new(await Task.WhenAll(Routed.Select(service => StubService.StartAsync(service))));

    public bool AnyReceived(string probeId) => All.Any(stub => stub.Received.Any(echo => echo.ProbeId == probeId));

    public async ValueTask DisposeAsync()
    {
        foreach (var stub in All)
            await stub.DisposeAsync();
    }
}
