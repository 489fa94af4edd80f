using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.ServiceDefaults.Http;

/// <summary>
/// For hosts that build addresses a browser follows (the identity service's issuer and redirects, the
/// web front end's sign-in callback): the scheme and host the browser used reach them through the
/// gateway as X-Forwarded-Proto and X-Forwarded-Host. Only the gateway reaches these hosts (network
/// policies), so the headers are trusted from any address.
/// </summary>
public static class GatewayForwardedHeaders
{
    public static IServiceCollection TrustGatewayForwardedHeaders(this IServiceCollection services) =>
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
        });
}
