using Mentorship.Matching.Data;
using Mentorship.ServiceDefaults.Data;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.ServiceDefaults.Messaging;

namespace Mentorship.Matching.Extensions;

public static class MatchingServiceExtensions
{
    public static IHostApplicationBuilder AddMatchingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MatchingDbContext>(ResourceNames.MatchingDb);
        builder.AddMessaging<MatchingDbContext>(ResourceNames.Matching);
        return builder;
    }
}
