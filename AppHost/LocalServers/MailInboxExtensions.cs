using System.Net.Sockets;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Mentorship.AppHost.LocalServers;

public static class MailInboxExtensions
{
    /// <summary>The inbox's web port when free: an address a newcomer can keep open across runs.</summary>
    public const int PreferredInboxPort = 5081;

    /// <summary>
    /// smtp4dev (a tool of the repository's manifest) as the development mail server: it accepts every
    /// mail on a loopback SMTP port, without TLS or sign-in, and shows it in a web inbox the dashboard
    /// links. Mails are kept in the data folder like the other servers' data, until --reset: a restart
    /// must not hide the invitation a newcomer is about to open. Healthy once it greets over SMTP and
    /// its web API answers.
    /// </summary>
    public static IResourceBuilder<LocalServerResource> AddLocalMailInbox(this IDistributedApplicationBuilder builder, string name, DataFolder data)
    {
        var program = Installations.DotnetTool(builder.AppHostDirectory, "rnwood.smtp4dev", "Rnwood.Smtp4dev");
        var folder = data.For(name);
        Directory.CreateDirectory(folder);
        var port = FreePorts.Next();
        var inboxPort = FreePorts.IfFree(PreferredInboxPort) ?? FreePorts.Next();

        var connectionString = $"smtp://localhost:{LocalServerExtensions.Text(port)}?security=none";
        return builder.AddLocalServer(name, program, folder, port, connectionString, (checks, key) => checks.AddProbe(key, cancellationToken => GreetsAsync(port, cancellationToken)))
            .WithArgs(
                $"--smtpport={LocalServerExtensions.Text(port)}", "--bindaddress=127.0.0.1", "--hostname=localhost", "--tlsmode=None",
                $"--urls=http://localhost:{LocalServerExtensions.Text(inboxPort)}",
                // No IMAP or POP3: the web inbox is the way in, and each would take a port.
                "--imapport=", "--pop3port=",
                // Its database and keys in the data folder; ~/.config/smtp4dev is neither read nor written,
                // and settings cannot be changed from the web page (the port is in the connection string).
                $"--db={Path.Combine(folder, "smtp4dev.db")}", $"--baseappdatapath={folder}", "--nousersettings", "--locksettings")
            .WithHttpEndpoint(port: inboxPort, targetPort: inboxPort, name: "http", isProxied: false)
            .WithUrlForEndpoint("http", url => url.DisplayText = "Mail inbox")
            .WithHttpHealthCheck("/api/server", endpointName: "http");
    }

    private static async Task GreetsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, cancellationToken);
        await using var stream = client.GetStream();
        var greeting = new byte[512];
        var read = await stream.ReadAsync(greeting, cancellationToken);
        if (!Encoding.ASCII.GetString(greeting, 0, read).StartsWith("220", StringComparison.Ordinal))
            throw new InvalidOperationException($"No SMTP greeting on port {port}.");
        await stream.WriteAsync("QUIT\r\n"u8.ToArray(), cancellationToken);
    }
}
