using FluentValidation;
using Mentorship.Matching.Contracts;
using Mentorship.Pairing.Alerts;
using Mentorship.Pairing.Consumers;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Term;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Pairing.Extensions;

public static class PairingServiceExtensions
{
    public static IHostApplicationBuilder AddPairingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PairingDbContext>(ResourceNames.PairingDb);
        builder.AddMessaging<PairingDbContext>(ResourceNames.Pairing, bus =>
        {
            bus.AddConsumer<PersonErasureRequestedConsumer>();
            bus.AddBatchedConsumer<MatchProposedConsumer, MatchProposed>();
            bus.AddConsumer<ProgrammeCreatedConsumer>();
            bus.AddConsumer<ProgrammeSettingsChangedConsumer>();
            bus.AddConsumer<MessagePostedConsumer>();
            bus.AddConsumer<SurveysConsumer>();
            bus.AddConsumer<ConcernsConsumer>();
            bus.AddConsumer<ConcernStatusChangedConsumer>();
        });
        builder.Services.AddValidatorsFromAssemblyContaining<PairingDbContext>(ServiceLifetime.Singleton);
        builder.Services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.EscalateAfter > TimeSpan.Zero && o.MaxLevel >= 1, "Alerts: Interval and EscalateAfter must be positive and MaxLevel at least 1.")
            .ValidateOnStart();
        builder.Services.AddScoped<AlertEvaluation>();
        builder.Services.AddScoped<PairAlertScheduler>();
        builder.Services.AddHostedService<PairAlertWorker>();
        builder.Services.AddOptions<PairingOptions>().BindConfiguration(PairingOptions.Section)
            .Validate(
                o => o.TermGraceDays >= 0 && o.TermCheckInterval > TimeSpan.Zero && o.TermBatchSize > 0,
                "Pairing: TermGraceDays must be 0 or more, TermCheckInterval and TermBatchSize positive.")
            .ValidateOnStart();
        builder.Services.AddScoped<PairTermCloser>();
        builder.Services.AddHostedService<PairTermWorker>();
        return builder;
    }
}
