using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentorship.ServiceDefaults.Identity;

/// <summary>
/// Reads the authority's discovery document and keys once the host has started, so that the first
/// request with a token does not wait for them (they come from the identity service through the
/// gateway). It first waits for the document to answer: asked while the identity service is still
/// starting, the token handler would back off for a growing while and refuse tokens meanwhile.
/// </summary>
public sealed class AuthorityWarmUp(
    IOptionsMonitor<JwtBearerOptions> bearer, IHostApplicationLifetime lifetime, ILogger<AuthorityWarmUp> logger) : BackgroundService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = bearer.Get(JwtBearerDefaults.AuthenticationScheme);
        if (options.ConfigurationManager is not { } configuration || string.IsNullOrEmpty(options.MetadataAddress))
            return;

        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(started.SetResult))
            await started.Task.WaitAsync(stoppingToken);

        var deadline = DateTimeOffset.UtcNow + GiveUpAfter;
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                using var answer = await options.Backchannel.GetAsync(options.MetadataAddress, stoppingToken);
                if (answer.IsSuccessStatusCode)
                {
                    await configuration.GetConfigurationAsync(stoppingToken);
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException
                                              || (exception is TaskCanceledException && !stoppingToken.IsCancellationRequested))
            {
                logger.LogDebug(exception, "The authority's discovery document is not readable yet");
            }

            await Task.Delay(Pause, stoppingToken);
        }

        logger.LogWarning("The authority's discovery document was not readable within {Minutes} minutes; the first request with a token will read it", GiveUpAfter.TotalMinutes);
    }
}
