using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Matching.PublicationBench;

/// <summary>Messaging in-process, mailing what it queues to the bench's SMTP server as in production.</summary>
public sealed class MessagingHost(TestSmtpServer smtp) : ServiceFactory<Messaging.Program>(ResourceNames.MessagingDb, usesCache: true)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Mail}", smtp.ConnectionString);
    }
}
