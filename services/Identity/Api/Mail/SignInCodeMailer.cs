using MailKit.Net.Smtp;
using Mentorship.Identity.Configuration;
using Mentorship.Identity.Domain;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Mentorship.Identity.Mail;

/// <summary>
/// Sends sign-in codes through the SMTP server of ConnectionStrings:mail. A code that cannot be sent is
/// logged without its value, except in Development, where reading it from the log is how one signs in
/// without a mail server.
/// </summary>
public sealed class SignInCodeMailer(
    IConfiguration configuration,
    IOptions<IdentityServerOptions> options,
    IHostEnvironment environment,
    ILogger<SignInCodeMailer> logger)
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(15);

    public async Task SendAsync(string email, string locale, string code, CancellationToken cancellationToken)
    {
        var connectionString = configuration.GetConnectionString(ResourceNames.Mail);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            NotSent(email, code, "no SMTP server is configured (ConnectionStrings__mail)");
            return;
        }

        try
        {
            await SendThroughAsync(SmtpAddress.Parse(connectionString), Compose(email, locale, code), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The answer to the caller stays the same: whether an address receives mail is not theirs to learn.
            logger.LogWarning(exception, "The sign-in code for an address could not be mailed");
            NotSent(email, code, exception.Message);
        }
    }

    private MimeMessage Compose(string email, string locale, string code)
    {
        var (subject, body) = SignInCodeTexts.For(locale, code, (int)SignInCode.Lifetime.TotalMinutes);
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        message.From.Add(MailboxAddress.Parse(options.Value.MailFrom));
        message.To.Add(MailboxAddress.Parse(email));
        message.Headers.Add(HeaderId.ContentLanguage, locale);
        return message;
    }

    private static async Task SendThroughAsync(SmtpAddress server, MimeMessage message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SendTimeout);
        using var client = new SmtpClient();
        await client.ConnectAsync(server.Host, server.Port, server.Security, timeout.Token);
        if (server.User is not null)
            await client.AuthenticateAsync(server.User, server.Password ?? "", timeout.Token);
        await client.SendAsync(message, timeout.Token);
        await client.DisconnectAsync(quit: true, timeout.Token);
    }

    private void NotSent(string email, string code, string reason)
    {
        if (environment.IsDevelopment())
            logger.LogWarning("The sign-in code for {Email} could not be mailed: {Reason}. Development only: the code is {Code}", email, reason, code);
        else
            logger.LogWarning("A sign-in code could not be mailed: {Reason}", reason);
    }
}
