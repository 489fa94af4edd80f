using Mentorship.ServiceDefaults.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.Messaging.Mail;

/// <summary>Degraded without an SMTP server (mails wait in the queue), unhealthy when its address cannot be read.</summary>
public sealed class MailHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var value = configuration.GetConnectionString(ResourceNames.Mail);
        if (string.IsNullOrWhiteSpace(value))
            return Task.FromResult(HealthCheckResult.Degraded(
                $"ConnectionStrings:{ResourceNames.Mail} is not set: mails stay queued until an SMTP server is configured."));
        return Task.FromResult(SmtpEndpoint.TryParse(value, out _, out var error)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(error));
    }
}
