using FluentValidation;
using Mentorship.Pairing.Consumers;
using Mentorship.Pairing.Data;
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
            bus.AddConsumer<MatchProposedConsumer>();
            bus.AddConsumer<ProgrammeCreatedConsumer>();
            bus.AddConsumer<MessagePostedConsumer>();
        });
        builder.Services.AddValidatorsFromAssemblyContaining<PairingDbContext>();
        return builder;
    }
}
