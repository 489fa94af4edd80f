using Mentorship.Pairing.Apis;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Extensions;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Extensions;

namespace Mentorship.Pairing;

public class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddPairingServices();

        var app = builder.Build();
        if (await app.MigrateIfRequestedAsync<PairingDbContext>(args))
            return;

        app.MapDefaultEndpoints();
        app.MapPairingApi();
        await app.RunAsync();
    }
}
