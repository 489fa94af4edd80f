using Mentorship.Matching.Apis;
using Mentorship.Matching.Data;
using Mentorship.Matching.Extensions;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Extensions;

namespace Mentorship.Matching;

public class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddMatchingServices();

        var app = builder.Build();
        if (await app.MigrateIfRequestedAsync<MatchingDbContext>(args))
            return;

        app.MapDefaultEndpoints();
        app.MapMatchingApi();
        await app.RunAsync();
    }
}
