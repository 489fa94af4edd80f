using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Messaging.Tests.Integration;

/// <summary>The service with Redis unreachable for its whole life: a port nothing listens on.</summary>
public sealed class MessagingWithoutRedisFactory() : ServiceFactory<Program>(ResourceNames.MessagingDb)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Cache}", "127.0.0.1:1,connectTimeout=200");
    }
}
