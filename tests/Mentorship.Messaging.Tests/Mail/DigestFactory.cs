using Mentorship.Messaging.Mail;
using Mentorship.Messaging.Tests.Integration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentorship.Messaging.Tests.Mail;

/// <summary>
/// Messaging whose daily digest reads a clock the test moves: yesterday 10:00 UTC at first, so that the
/// digest hour of that day (18:00) is already past for the sender, which reads the real clock.
/// </summary>
public sealed class DigestFactory : MessagingFactory
{
    public FakeTimeProvider DigestClock { get; } = new(new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-1).AddHours(10), TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddSingleton(provider => ActivatorUtilities.CreateInstance<DailyDigest>(provider, (TimeProvider)DigestClock)));
    }
}
