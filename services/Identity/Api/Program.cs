using Mentorship.Identity.Apis;
using Mentorship.Identity.Data;
using Mentorship.Identity.Extensions;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Extensions;

namespace Mentorship.Identity;

public class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddIdentityServices();

        var app = builder.Build();
        if (await app.MigrateIfRequestedAsync<IdentityDbContext>(args))
            return;

        app.UseForwardedHeaders();
        app.MapDefaultEndpoints();
        app.UseAntiforgery();
        app.MapIdentityApi();
        await app.RunAsync();
    }
}
