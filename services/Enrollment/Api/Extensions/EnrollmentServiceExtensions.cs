using FluentValidation;
using Mentorship.Enrollment.Consumers;
using Mentorship.Enrollment.Data;
using Mentorship.Enrollment.Retention;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Enrollment.Extensions;

public static class EnrollmentServiceExtensions
{
    public static IHostApplicationBuilder AddEnrollmentServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EnrollmentDbContext>(ResourceNames.EnrollmentDb);
        builder.AddMessaging<EnrollmentDbContext>(ResourceNames.Enrollment, bus =>
        {
            bus.AddConsumer<MatchingWeightsChangedConsumer>();
            bus.AddConsumer<PersonErasureRequestedConsumer>();
            bus.AddConsumer<PersonErasedConsumer>();
            bus.AddConsumer<MatchProposedConsumer>();
            bus.AddConsumer<MentorAcceptedConsumer>();
            bus.AddConsumer<MentorDeclinedConsumer>();
            bus.AddConsumer<PairClosedConsumer>();
            bus.AddConsumer<StaffRoleGrantedConsumer>();
            bus.AddConsumer<StaffRoleRevokedConsumer>();
        });
        builder.Services.AddValidatorsFromAssemblyContaining<EnrollmentDbContext>(ServiceLifetime.Singleton);
        builder.AddApplicationImports();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize > 0, "Retention: Interval and BatchSize must be positive.")
            .ValidateOnStart();
        builder.Services.AddScoped<RetentionSweep>();
        builder.Services.AddHostedService<RetentionWorker>();
        return builder;
    }
}
