using Mentorship.Enrollment.Apis;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Extensions;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Extensions;

namespace Mentorship.Enrollment;

public class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddEnrollmentServices();

        var app = builder.Build();
        if (await app.MigrateIfRequestedAsync<EnrollmentDbContext>(args))
            return;

        app.MapDefaultEndpoints();
        app.MapEnrollmentApi();
        await app.RunAsync();
    }
}
