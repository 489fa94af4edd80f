using Mentorship.AppHost.Tests.Processes;
using Mentorship.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Mentorship.AppHost.Tests.Infrastructure;

public sealed class RabbitMqServerTests(RabbitMqServerFixture broker) : IClassFixture<RabbitMqServerFixture>
{
    [Fact]
    public async Task It_accepts_AMQP_connections_and_restarts_on_the_same_port_leaving_no_process_behind()
    {
        var server = broker.Server;
        await ConnectAsync(server.ConnectionString);
        var port = server.Port;
        var before = ProcessAssert.TreeOf(server);
        Assert.Contains(before, p => Mentorship.AppHost.Processes.ProcessTree.CommandLine(p.Pid)?.Contains("epmd", StringComparison.Ordinal) == true);

        await server.StopAsync();
        ProcessAssert.AllGone(before);
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => ConnectAsync(server.ConnectionString));
        await server.StartAndWaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(port, server.Port);
        await ConnectAsync(server.ConnectionString);
    }

    [Fact]
    public async Task A_broker_from_the_environment_is_stopped_and_started_through_the_proxy()
    {
        await using var infrastructure = new TestInfrastructure(
            name => name == "ConnectionStrings__eventbus" ? broker.Server.ConnectionString : null,
            () => throw new InvalidOperationException("The environment's broker needs no Docker probe."));
        var eventBus = await infrastructure.GetEventBusAsync();
        Assert.Equal(InfrastructureMode.Environment, eventBus.Mode);
        Assert.NotEqual(broker.Server.ConnectionString, eventBus.EventBusConnectionString);
        await ConnectAsync(eventBus.EventBusConnectionString);

        await infrastructure.StopBrokerAsync();
        Assert.False(eventBus.IsBrokerRunning);
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => ConnectAsync(eventBus.EventBusConnectionString));
        await infrastructure.StartBrokerAsync();

        await ConnectAsync(eventBus.EventBusConnectionString);
    }

    private static async Task ConnectAsync(string connectionString)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString), AutomaticRecoveryEnabled = false };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(exclusive: true);
    }
}
