using FluentValidation;
using Mentorship.Enrollment.Consumers;
using Mentorship.Enrollment.Data;
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
        });
        builder.Services.AddValidatorsFromAssemblyContaining<EnrollmentDbContext>(ServiceLifetime.Singleton);
        builder.AddApplicationImports();
        return builder;
    }
}
