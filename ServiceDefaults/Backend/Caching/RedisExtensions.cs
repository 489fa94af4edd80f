using Mentorship.ServiceDefaults.Backend.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Mentorship.ServiceDefaults.Backend.Caching;

public static class RedisExtensions
{
    /// <summary>
    /// One shared Redis connection from ConnectionStrings:{connectionName} ("host:port[,password=...]"),
    /// opened on first use and reconnecting by itself, with a readiness check.
    /// </summary>
    public static TBuilder AddRedis<TBuilder>(this TBuilder builder, string connectionName)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddRequiredConnectionString(connectionName);
        builder.Services.AddSingleton<IConnectionMultiplexer>(services =>
        {
            var options = ConfigurationOptions.Parse(
                RequiredConnectionStrings.Get(services.GetRequiredService<IConfiguration>(), connectionName));
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        builder.Services.AddHealthChecks().AddRedis(
            services => services.GetRequiredService<IConnectionMultiplexer>(), name: connectionName, tags: ["ready"]);
        return builder;
    }
}
