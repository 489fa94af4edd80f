using Aspire.Hosting.Testing;

namespace Mentorship.AppHost.Tests.Topology;

/// <summary>
/// The run-mode model as Program.cs declares it, built once for <see cref="TopologyTests"/> (which only
/// read it) and never started.
/// </summary>
public sealed class TopologyModel : IAsyncLifetime, IDisposable
{
    private readonly TestFolder _folder = new();

    public IDistributedApplicationTestingBuilder Builder { get; private set; } = null!;

    public string DataDirectory => _folder.Path;

    public async Task InitializeAsync() =>
        Builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(ServiceResources), [$"--AppHost:DataDirectory={_folder.Path}"]);

    public Task DisposeAsync() => Builder.DisposeAsync().AsTask();

    public void Dispose() => _folder.Dispose();
}
