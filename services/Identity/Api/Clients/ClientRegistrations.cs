using Mentorship.Identity.Configuration;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Mentorship.Identity.Clients;

/// <summary>
/// Registers the configured clients at start, creating or updating each, so a changed redirect URI or a
/// rotated secret counts at the next restart. Secrets come from the environment only.
/// </summary>
public sealed class ClientRegistrations(IServiceScopeFactory scopes, IOptions<IdentityServerOptions> options, ILogger<ClientRegistrations> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var descriptor in ClientDescriptors.From(options.Value))
            await RegisterAsync(applications, descriptor, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RegisterAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        try
        {
            if (existing is null)
                await applications.CreateAsync(descriptor, cancellationToken);
            else
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            logger.LogInformation("Client {ClientId} registered ({ClientType})", descriptor.ClientId, descriptor.ClientType);
        }
        catch (OpenIddictExceptions.ConcurrencyException)
        {
            // Another replica registered or updated it at the same moment, from the same configuration.
            logger.LogInformation("Client {ClientId} was registered by another replica", descriptor.ClientId);
        }
    }
}
