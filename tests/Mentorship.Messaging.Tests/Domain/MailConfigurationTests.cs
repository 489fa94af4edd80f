using MailKit.Security;
using Mentorship.Messaging.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.Messaging.Tests.Domain;

public sealed class MailConfigurationTests
{
    [Theory]
    [InlineData("smtp://mail.example.org:2525?security=none", "mail.example.org", 2525, null, SecureSocketOptions.None)]
    [InlineData("smtp://user:p%40ss@mail.example.org:587?security=starttls", "mail.example.org", 587, "user", SecureSocketOptions.StartTls)]
    [InlineData("smtp://mail.example.org:465?security=tls", "mail.example.org", 465, null, SecureSocketOptions.SslOnConnect)]
    [InlineData("smtp://localhost:25", "localhost", 25, null, SecureSocketOptions.StartTlsWhenAvailable)]
    public void The_smtp_connection_string_is_read_with_its_credentials_and_security(
        string value, string host, int port, string? user, SecureSocketOptions security)
    {
        Assert.True(SmtpEndpoint.TryParse(value, out var endpoint, out _));
        Assert.Equal((host, port, user, security), (endpoint!.Host, endpoint.Port, endpoint.User, endpoint.Security));
        Assert.DoesNotContain("p@ss", endpoint.ToString());
    }

    [Theory]
    [InlineData("http://mail.example.org:25")]
    [InlineData("smtp://mail.example.org:25?security=maybe")]
    [InlineData("not a url")]
    public void A_connection_string_that_is_not_an_smtp_address_is_refused_with_the_expected_form(string value)
    {
        Assert.False(SmtpEndpoint.TryParse(value, out _, out var error));
        Assert.Contains("ConnectionStrings:mail", error);
    }

    [Fact]
    public async Task Health_is_degraded_with_the_reason_without_an_smtp_server_and_unhealthy_when_it_cannot_be_read()
    {
        static Task<HealthCheckResult> CheckAsync(string? value) =>
            new MailHealthCheck(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:mail"] = value }).Build())
                .CheckHealthAsync(new HealthCheckContext());

        var missing = await CheckAsync(null);
        Assert.Equal(HealthStatus.Degraded, missing.Status);
        Assert.Contains("mails stay queued", missing.Description);
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync("smtp://x:25?security=maybe")).Status);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync("smtp://x:25")).Status);
    }

    [Fact]
    public void Mail_options_refuse_a_sender_or_link_base_that_would_only_fail_at_the_first_send()
    {
        var validation = new MailOptionsValidation();

        Assert.True(validation.Validate(null, new MailOptions()).Succeeded);
        var refused = validation.Validate(null, new MailOptions { From = "nobody", LinkBaseUrl = "/relative", Connections = 0 });
        Assert.True(refused.Failed);
        Assert.Contains("Mail:From", refused.FailureMessage);
        Assert.Contains("Mail:LinkBaseUrl", refused.FailureMessage);
        Assert.Contains("Mail:Connections", refused.FailureMessage);
    }

    [Fact]
    public void The_message_id_is_the_same_for_the_same_mail_and_differs_between_mails()
    {
        Assert.Equal(MailMessages.MessageIdOf("notification:a", "example.org"), MailMessages.MessageIdOf("notification:a", "example.org"));
        Assert.NotEqual(MailMessages.MessageIdOf("notification:a", "example.org"), MailMessages.MessageIdOf("notification:b", "example.org"));
    }
}
