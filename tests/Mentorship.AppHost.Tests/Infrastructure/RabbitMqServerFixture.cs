using Mentorship.AppHost.Infrastructure;

namespace Mentorship.AppHost.Tests.Infrastructure;

/// <summary>One broker for the RabbitMQ tests: it takes seconds to boot.</summary>
public sealed class RabbitMqServerFixture : IAsyncLifetime
{
    private readonly TestFolder _folder = new();

    public RabbitMqServerFixture()
    {
        Server = new RabbitMqServer(new LocalServerOptions { DataDirectory = _folder.For("rabbitmq"), Password = "p@ss/" + Guid.NewGuid().ToString("N")[..8] });
    }

    public RabbitMqServer Server { get; }

    public Task InitializeAsync() => Server.StartAndWaitAsync(TimeSpan.FromSeconds(90));

    public async Task DisposeAsync()
    {
        await Server.StopAsync();
        _folder.Dispose();
    }
}
