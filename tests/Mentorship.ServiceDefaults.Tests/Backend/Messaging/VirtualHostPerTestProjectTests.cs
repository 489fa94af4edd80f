using MassTransit;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;
using Mentorship.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging;

/// <summary>
/// On the shared test servers every test project's buses are on a RabbitMQ virtual host of their own:
/// MassTransit names exchanges after message types, so on one virtual host a test project's consumers
/// received the events another project's tests published.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class VirtualHostPerTestProjectTests
{
    private const string SharedBroker = "amqp://guest:secret@localhost:5672";

    [Fact]
    public async Task Each_test_project_on_the_shared_test_servers_gets_a_virtual_host_named_after_it()
    {
        var messaging = await VirtualHostOf("Mentorship.Messaging.Tests", sharedTestServers: true);
        var evaluation = await VirtualHostOf("Mentorship.Evaluation.Tests", sharedTestServers: true);

        Assert.Equal("Mentorship.Messaging.Tests", messaging);
        Assert.Equal("Mentorship.Evaluation.Tests", evaluation);
    }

    [Fact]
    public async Task A_broker_from_the_environment_but_not_from_the_shared_test_servers_is_used_as_given()
    {
        Assert.Equal("/", await VirtualHostOf("Mentorship.Messaging.Tests", sharedTestServers: false));
    }

    [Fact]
    public void The_shared_test_servers_declare_the_virtual_host_of_this_test_project()
    {
        Assert.Equal("Mentorship.ServiceDefaults.Tests", TestProjects.Current());
        Assert.Contains(TestProjects.Current(), TestProjects.All());
    }

    [Fact]
    public void A_service_connects_to_the_virtual_host_its_connection_string_names()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:eventbus"] = SharedBroker + "/Mentorship.Messaging.Tests" });
        builder.AddMessaging<LedgerDbContext>("ledger");
        using var host = builder.Build();

        var address = host.Services.GetRequiredService<IBus>().Address;

        Assert.Equal("Mentorship.Messaging.Tests", address.Segments[1].TrimEnd('/'));
    }

    [SharedTestServersFact]
    public async Task Events_stay_on_the_test_projects_own_virtual_host()
    {
        // The same servers without the per-project virtual host: "/", where every test project was before.
        await using var rootOnly = new TestInfrastructure(name => name == TestInfrastructure.VirtualHostPerTestProject ? null : Environment.GetEnvironmentVariable(name));
        await using var publisher = await LedgerService.StartAsync(bus => bus.AddConsumer<TallyConsumer>());
        await using var sameProject = await LedgerService.StartAsync(bus => bus.AddConsumer<TallyConsumer>());
        await using var onRoot = await LedgerService.StartAsync(bus => bus.AddConsumer<TallyConsumer>(), infrastructure: rootOnly);

        // Each entry is added once the one before has arrived: a copy sent across would have arrived before it.
        var ours = await publisher.AddEntryAsync();
        await Eventually.Get(() => sameProject.TallyAsync(ours), "our entry reached another service of this test project");
        var theirs = await onRoot.AddEntryAsync();
        await Eventually.Get(() => onRoot.TallyAsync(theirs), "the entry published on \"/\" reached its consumer there");
        var oursAgain = await publisher.AddEntryAsync();
        await Eventually.Get(() => sameProject.TallyAsync(oursAgain), "our second entry reached another service of this test project");

        Assert.Null(await onRoot.TallyAsync(ours));
        Assert.Null(await publisher.TallyAsync(theirs));
        Assert.Null(await sameProject.TallyAsync(theirs));
    }

    private static async Task<string> VirtualHostOf(string testProject, bool sharedTestServers)
    {
        var environment = new Dictionary<string, string?> { ["ConnectionStrings__eventbus"] = SharedBroker };
        if (sharedTestServers)
            environment[TestInfrastructure.VirtualHostPerTestProject] = "1";
        await using var infrastructure = new TestInfrastructure(environment.GetValueOrDefault, () => false, testProject);
        return (await infrastructure.GetEventBusAsync()).VirtualHost;
    }
}
