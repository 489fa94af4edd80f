using Mentorship.Testing;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using StackExchange.Redis;

namespace Mentorship.AppHost.Tests.Testing;

public sealed class TestInfrastructureTests(LocalInfrastructureFixture fixture) : IClassFixture<LocalInfrastructureFixture>
{
    private TestInfrastructure Infrastructure => fixture.Infrastructure;

    [Fact]
    public async Task Without_environment_or_Docker_the_AppHost_starts_the_servers_once_and_each_database_is_new()
    {
        var connectionString = await Infrastructure.CreateDatabaseAsync("Orders-Tests");
        var other = await Infrastructure.CreateDatabaseAsync("Orders-Tests");
        var cache = await Infrastructure.GetCacheAsync();

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        Assert.StartsWith("orders_tests_", connection.Database, StringComparison.Ordinal);
        Assert.NotEqual(connectionString, other);
        Assert.Equal(InfrastructureMode.AppHost, (await Infrastructure.GetPostgresAsync()).Mode);
        Assert.Equal(InfrastructureMode.AppHost, cache.Mode);
        Assert.StartsWith(LocalPlatform.Root, Infrastructure.LocalDataDirectory, StringComparison.Ordinal);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(cache.ConnectionString);
        await redis.GetDatabase().PingAsync();
    }

    [Fact]
    public async Task The_AppHosts_broker_really_stops_and_starts_again_on_the_same_address()
    {
        var eventBus = await Infrastructure.GetEventBusAsync();
        await ConnectAsync(eventBus.EventBusConnectionString);

        await Infrastructure.StopBrokerAsync();
        Assert.False(eventBus.IsBrokerRunning);
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => ConnectAsync(eventBus.EventBusConnectionString));
        await Infrastructure.StartBrokerAsync();

        Assert.True(eventBus.IsBrokerRunning);
        await ConnectAsync(eventBus.EventBusConnectionString);
    }

    [Fact]
    public async Task A_broker_from_the_environment_is_stopped_and_started_through_the_proxy()
    {
        var upstream = (await Infrastructure.GetEventBusAsync()).EventBusConnectionString;
        await using var fromEnvironment = new TestInfrastructure(
            name => name == "ConnectionStrings__eventbus" ? upstream : null,
            () => throw new InvalidOperationException("The environment's broker needs no Docker probe."));
        var eventBus = await fromEnvironment.GetEventBusAsync();
        Assert.Equal(InfrastructureMode.Environment, eventBus.Mode);
        Assert.NotEqual(upstream, eventBus.EventBusConnectionString);

        await fromEnvironment.StopBrokerAsync();
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => ConnectAsync(eventBus.EventBusConnectionString));
        await fromEnvironment.StartBrokerAsync();

        await ConnectAsync(eventBus.EventBusConnectionString);
        await ConnectAsync(upstream);
    }

    private static async Task ConnectAsync(string connectionString)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString), AutomaticRecoveryEnabled = false };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(exclusive: true);
    }
}
