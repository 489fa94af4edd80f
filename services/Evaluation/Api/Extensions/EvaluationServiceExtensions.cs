using FluentValidation;
using Mentorship.Evaluation.Consumers;
using Mentorship.Evaluation.Data;
using Mentorship.Evaluation.Pulses;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Evaluation.Extensions;

public static class EvaluationServiceExtensions
{
    public static IHostApplicationBuilder AddEvaluationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EvaluationDbContext>(ResourceNames.EvaluationDb);
        builder.AddMessaging<EvaluationDbContext>(ResourceNames.Evaluation, bus =>
        {
            bus.AddConsumer<PersonErasureRequestedConsumer>();
            bus.AddConsumer<ProgrammeCreatedConsumer>();
            bus.AddConsumer<ProgrammeSettingsChangedConsumer>();
            bus.AddConsumer<PairActivatedConsumer>();
            bus.AddConsumer<MeetingLoggedConsumer>();
            bus.AddConsumer<PairClosedConsumer>();
            bus.AddConsumer<ResearchConsentChangedConsumer>();
        });
        builder.Services.AddValidatorsFromAssemblyContaining<EvaluationDbContext>(ServiceLifetime.Singleton);
        builder.Services.AddOptions<PulseOptions>().BindConfiguration(PulseOptions.Section)
            .Validate(o => o.EveryWeeks > 0 && o.Interval > TimeSpan.Zero && o.BatchSize > 0, "Pulses: EveryWeeks, Interval and BatchSize must be positive.")
            .ValidateOnStart();
        builder.Services.AddScoped<PulseScheduler>();
        builder.Services.AddHostedService<PulseWorker>();
        return builder;
    }
}
