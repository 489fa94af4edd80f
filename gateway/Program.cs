using Mentorship.Gateway.Extensions;
using Mentorship.ServiceDefaults.Extensions;

namespace Mentorship.Gateway;

public class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddGatewayServices();

        var app = builder.Build();

        // Before authentication, so that browsers' preflight requests are answered rather than refused.
        app.UseCors();
        app.MapDefaultEndpoints(mapHealth: false);
        app.MapGatewayEndpoints();
        await app.RunAsync();
    }
}
