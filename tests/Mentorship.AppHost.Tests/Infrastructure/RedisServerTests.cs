using Mentorship.AppHost.Infrastructure;
using Mentorship.AppHost.Tests.Processes;
using StackExchange.Redis;

namespace Mentorship.AppHost.Tests.Infrastructure;

public sealed class RedisServerTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task It_requires_its_password_answers_PING_and_keeps_keys_across_a_restart()
    {
        var server = new RedisServer(new LocalServerOptions { DataDirectory = _folder.For("redis"), Password = "pw" + Guid.NewGuid().ToString("N") });
        await server.StartAndWaitAsync(TimeSpan.FromSeconds(30));
        var key = "key-" + Guid.NewGuid();
        await using (var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString))
        {
            await redis.GetDatabase().PingAsync();
            await redis.GetDatabase().StringSetAsync(key, "kept");
        }

        var withoutPassword = ConfigurationOptions.Parse($"localhost:{server.Port}");
        await Assert.ThrowsAnyAsync<RedisException>(async () =>
        {
            await using var anonymous = await ConnectionMultiplexer.ConnectAsync(withoutPassword);
            await anonymous.GetDatabase().StringGetAsync(key);
        });

        var before = ProcessAssert.TreeOf(server);
        await server.StopAsync();
        ProcessAssert.AllGone(before);
        await server.StartAndWaitAsync(TimeSpan.FromSeconds(30));

        await using (var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString))
            Assert.Equal("kept", (string?)await redis.GetDatabase().StringGetAsync(key));
        var running = ProcessAssert.TreeOf(server);
        await server.StopAsync();
        ProcessAssert.AllGone(running);
    }

    public void Dispose() => _folder.Dispose();
}
