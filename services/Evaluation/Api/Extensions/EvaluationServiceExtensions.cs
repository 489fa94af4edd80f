using Mentorship.Evaluation.Data;
using Mentorship.ServiceDefaults.Data;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.ServiceDefaults.Messaging;

namespace Mentorship.Evaluation.Extensions;

public static class EvaluationServiceExtensions
{
    public static IHostApplicationBuilder AddEvaluationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EvaluationDbContext>(ResourceNames.EvaluationDb);
        builder.AddMessaging<EvaluationDbContext>(ResourceNames.Evaluation);
        return builder;
    }
}
