using Mentorship.Messaging.Data;
using Mentorship.ServiceDefaults.Data;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.ServiceDefaults.Messaging;

namespace Mentorship.Messaging.Extensions;

public static class MessagingServiceExtensions
{
    public static IHostApplicationBuilder AddMessagingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MessagingDbContext>(ResourceNames.MessagingDb);
        builder.AddMessaging<MessagingDbContext>(ResourceNames.Messaging);
        return builder;
    }
}
