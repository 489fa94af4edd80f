using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Gateway.Tests.Support;

/// <summary>One healthy stub per service the gateway routes to.</summary>
public sealed class StubServices : IAsyncDisposable
{
    private StubServices(IReadOnlyList<StubService> all) => All = all;

    public IReadOnlyList<StubService> All { get; }

    public static async Task<StubServices> StartAsync() =>
        new(await Task.WhenAll(ResourceNames.Services.Append(ResourceNames.Identity).Select(service => StubService.StartAsync(service))));

    public bool AnyReceived(string probeId) => All.Any(stub => stub.Received.Any(echo => echo.ProbeId == probeId));

    public async ValueTask DisposeAsync()
    {
        foreach (var stub in All)
            await stub.DisposeAsync();
    }
}
