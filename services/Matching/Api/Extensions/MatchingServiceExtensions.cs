using FluentValidation;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Consumers;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Matching.Jobs;
using Mentorship.ServiceDefaults.Backend.Caching;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Matching.Extensions;

public static class MatchingServiceExtensions
{
    public static IHostApplicationBuilder AddMatchingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MatchingDbContext>(ResourceNames.MatchingDb);
        builder.AddServiceCache(ResourceNames.Cache);
        builder.AddMessaging<MatchingDbContext>(ResourceNames.Matching, bus =>
        {
            bus.AddConsumer<PersonErasureRequestedConsumer>();
            bus.AddConsumer<ProgrammeCreatedConsumer>();
            bus.AddBatchedConsumer<ApplicationApprovedConsumer, ApplicationApproved>();
            bus.AddConsumer<ApplicationWithdrawnConsumer>();
            bus.AddConsumer<MentorDeclinedConsumer>();
            bus.AddConsumer<FirstMeetingHeldConsumer>();
            bus.AddConsumer<PairClosedConsumer>();
        });
        builder.Services.AddValidatorsFromAssemblyContaining<MatchingDbContext>(ServiceLifetime.Singleton);

        builder.Services.AddOptions<RoundJobOptions>().BindConfiguration(RoundJobOptions.Section)
            .Validate(o => o.HeartbeatInterval > TimeSpan.Zero && o.HeartbeatInterval < MatchingRound.AbandonedAfter / 2,
                $"Rounds:HeartbeatInterval must be above zero and well under {MatchingRound.AbandonedAfter} (when a silent round is taken over).")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Rounds:PollInterval must be above zero.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RoundSignal>();
        builder.Services.AddSingleton<RoundProgressStore>();
        builder.Services.AddScoped<RoundRun>();
        builder.Services.AddHostedService<RoundWorker>();
        return builder;
    }
}
