using Mentorship.Evaluation.Apis;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Extensions;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Extensions;

namespace Mentorship.Evaluation;

public class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddEvaluationServices();

        var app = builder.Build();
        if (await app.MigrateIfRequestedAsync<EvaluationDbContext>(args))
            return;

        app.MapDefaultEndpoints();
        app.MapEvaluationApi();
        await app.RunAsync();
    }
}
