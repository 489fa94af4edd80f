using Mentorship.Testing;

namespace Mentorship.AppHost.Tests.Testing;

/// <summary>A test infrastructure of its own that must use the AppHost's servers (no environment, no Docker).</summary>
public sealed class LocalInfrastructureFixture : IAsyncLifetime
{
    public TestInfrastructure Infrastructure { get; } = new(_ => null, () => false);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Infrastructure.DisposeAsync().AsTask();
}
