using Mentorship.Enrollment.Contracts;
using Mentorship.Identity.Consumers;
using Mentorship.Identity.Data;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Identity.Extensions;

public static class IdentityMessagingExtensions
{
    /// <summary>
    /// The bus, with the outbox and inbox every service has: Identity takes its part in erasures, and
    /// learns who applied to which programme, for the export's access check.
    /// </summary>
    public static IHostApplicationBuilder AddIdentityMessaging(this IHostApplicationBuilder builder) =>
        builder.AddMessaging<IdentityDbContext>(ResourceNames.Identity, bus =>
        {
            bus.AddConsumer<PersonErasureRequestedConsumer>();
            bus.AddBatchedConsumer<ApplicationSubmittedConsumer, ApplicationSubmitted>();
            bus.AddBatchedConsumer<ApplicationApprovedConsumer, ApplicationApproved>();
        });
}
