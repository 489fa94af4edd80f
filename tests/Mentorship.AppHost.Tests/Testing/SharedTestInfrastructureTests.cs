using Mentorship.Testing;
using StackExchange.Redis;

namespace Mentorship.AppHost.Tests.Testing;

public sealed class SharedTestInfrastructureTests
{
    [Fact]
    public async Task The_process_has_one_shared_instance_whose_servers_start_once()
    {
        var first = await TestInfrastructure.Shared.GetCacheAsync();
        var second = await TestInfrastructure.Shared.GetCacheAsync();

        Assert.Same(TestInfrastructure.Shared, TestInfrastructure.Shared);
        Assert.Same(first, second);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(first.ConnectionString);
        await redis.GetDatabase().PingAsync();
    }
}
