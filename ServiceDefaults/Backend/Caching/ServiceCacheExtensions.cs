using Mentorship.ServiceDefaults.Backend.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mentorship.ServiceDefaults.Backend.Caching;

public static class ServiceCacheExtensions
{
    /// <summary>
    /// One shared Redis connection (IConnectionMultiplexer) from ConnectionStrings:{connectionName}
    /// ("host:port[,password=...]") through Aspire's client integration: it does not abort when Redis is
    /// away at start and reconnects by itself, with a health check and a span per Redis command. A
    /// missing key fails start-up with its name, as the database's and the broker's do.
    /// </summary>
    public static IHostApplicationBuilder AddServiceCache(this IHostApplicationBuilder builder, string connectionName)
    {
        builder.Services.AddRequiredConnectionString(connectionName);
        builder.AddRedisClient(connectionName);
        return builder;
    }
}
