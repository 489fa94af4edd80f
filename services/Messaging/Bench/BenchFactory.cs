using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Messaging.Bench;

/// <summary>One Messaging replica in-process over the test infrastructure's servers, mailing to the bench's SMTP server.</summary>
public sealed class BenchFactory(TestSmtpServer smtp) : ServiceFactory<Program>(ResourceNames.MessagingDb, usesCache: true)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Mail}", smtp.ConnectionString);
        builder.UseSetting("Mail:PollInterval", "00:00:00.200");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
