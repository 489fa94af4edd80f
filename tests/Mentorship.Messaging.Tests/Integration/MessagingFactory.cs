using Mentorship.Messaging.Tests.Mail;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Mentorship.Messaging.Tests.Integration;

/// <summary>Messaging over real servers, with an SMTP server of its own and short mail retry delays.</summary>
public class MessagingFactory : ServiceFactory<Program>
{
    public MessagingFactory()
        : this(startSmtp: true)
    {
    }

    protected MessagingFactory(bool startSmtp)
        : base(ResourceNames.MessagingDb, usesCache: true) =>
        Smtp = new TestSmtpServer(startSmtp);

    public TestSmtpServer Smtp { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Mail}", Smtp.ConnectionString);
        builder.UseSetting("Mail:PollInterval", "00:00:00.200");
        builder.UseSetting("Mail:RetryDelays:0", "00:00:00.300");
        builder.UseSetting("Mail:RetryDelays:1", "00:00:00.500");
        builder.UseSetting("Mail:RetryDelays:2", "00:00:01");
        builder.UseSetting("Mail:LinkBaseUrl", "https://mentorship.test");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
