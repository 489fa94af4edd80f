using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentorship.Identity.Tests.Support;

/// <summary>The identity service with the inbox's log lines recorded, to see a duplicate delivery acknowledged without effect.</summary>
public sealed class ErasureFactory : IdentityFactory
{
    private const string Inbox = "Mentorship.ServiceDefaults.Backend.Outbox";

    public RecordedLogs Logs { get; } = new(
        "Mentorship.ServiceDefaults.Backend.Outbox.InboxFilter",
        "Mentorship.ServiceDefaults.Backend.Outbox.InboxFilter<Mentorship.Enrollment.Contracts.PersonErasureRequested>");

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        [$"Logging:LogLevel:{Inbox}"] = "Information",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
