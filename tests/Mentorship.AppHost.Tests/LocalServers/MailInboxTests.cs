using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.AppHost.Tests.LocalServers;

/// <summary>
/// The development mail inbox (smtp4dev) as the AppHost declares it, started alone: the rest of the
/// model is dropped, so the test costs smtp4dev's start and not the platform's.
/// </summary>
public sealed class MailInboxTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task A_mail_sent_over_SMTP_shows_in_the_web_inbox_stays_there_across_a_restart_and_no_smtp4dev_outlives_the_AppHost()
    {
        var subject = $"Welcome {Guid.NewGuid():N}";
        await using (var first = await StartMailAsync())
        {
            await SendAsync((await first.GetConnectionStringAsync(Mail))!, subject);
            Assert.Contains(subject, await InboxSubjectsAsync(first));
        }

        Assert.Empty(await ProcessesUsing.AfterAsync(_folder.Path, TimeSpan.FromSeconds(10)));

        await using var second = await StartMailAsync();
        Assert.Contains(subject, await InboxSubjectsAsync(second));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<DistributedApplication> StartMailAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(ServiceResources), [$"--AppHost:DataDirectory={_folder.Path}"]);
        foreach (var other in builder.Resources.Where(resource => resource.Name != Mail).ToList())
            builder.Resources.Remove(other);

        var app = await builder.BuildAsync();
        using var deadline = new CancellationTokenSource(Timeout);
        await app.StartAsync(deadline.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(Mail, deadline.Token);
        return app;
    }

    /// <summary>Sends as Messaging would, from the connection string alone ("smtp://host:port?security=none").</summary>
    private static async Task SendAsync(string connectionString, string subject)
    {
        var server = new Uri(connectionString);
        Assert.Equal(("smtp", "?security=none"), (server.Scheme, server.Query));
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = "Your mentee is waiting." } };
        message.From.Add(MailboxAddress.Parse("noreply@mentorship.example"));
        message.To.Add(MailboxAddress.Parse("mentor@university.example"));

        using var client = new SmtpClient();
        await client.ConnectAsync(server.Host, server.Port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }

    /// <summary>The subjects smtp4dev's web API lists, through the endpoint the dashboard links.</summary>
    private static async Task<List<string>> InboxSubjectsAsync(DistributedApplication app)
    {
        using var http = app.CreateHttpClient(Mail, "http");
        var page = await http.GetFromJsonAsync<JsonElement>("api/messages");
        return [.. page.GetProperty("results").EnumerateArray().Select(message => message.GetProperty("subject").GetString()!)];
    }
}
