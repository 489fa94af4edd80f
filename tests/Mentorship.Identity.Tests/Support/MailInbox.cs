using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace Mentorship.Identity.Tests.Support;

/// <summary>An SMTP server in the test process; what it received, read back as MIME messages.</summary>
public sealed class MailInbox : IDisposable
{
    private readonly int port = FreePort();
    private readonly SimpleSmtpServer server;

    public MailInbox() => server = SimpleSmtpServer.Start(port);

    public string ConnectionString => $"smtp://127.0.0.1:{port}?security=none";

    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. server.ReceivedEmail
            .Select(mail => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data))))
            .Where(message => message.To.Mailboxes.Any(to => to.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))];

    public void Dispose() => server.Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
