using Mentorship.Messaging.Apis;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Extensions;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Extensions;

namespace Mentorship.Messaging;

public class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddMessagingServices();

        var app = builder.Build();
        if (await app.MigrateIfRequestedAsync<MessagingDbContext>(args))
            return;

        app.MapDefaultEndpoints();
        app.MapMessagingApi();
        await app.RunAsync();
    }
}
