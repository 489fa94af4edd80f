using Mentorship.Identity.Configuration;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mentorship.Identity.Clients;

/// <summary>What each configured client may do, as OpenIddict permissions.</summary>
public static class ClientDescriptors
{
    public static IEnumerable<OpenIddictApplicationDescriptor> From(IdentityServerOptions options)
    {
        var clients = new Dictionary<string, ClientSettings>(options.Clients, StringComparer.Ordinal);
        clients.TryAdd(IdentityServerOptions.WebClientId, new ClientSettings { DisplayName = "Mentorship web" });
        return clients.Select(client => Describe(client.Key, client.Value));
    }

    public static OpenIddictApplicationDescriptor Describe(string clientId, ClientSettings settings)
    {
        var confidential = !string.IsNullOrEmpty(settings.Secret);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = settings.DisplayName ?? clientId,
            ClientType = confidential ? ClientTypes.Confidential : ClientTypes.Public,
            ClientSecret = confidential ? settings.Secret : null,
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);

        // Front ends: authorization code with PKCE, refresh tokens, to the registered redirect URIs only,
        // and sign-out back to their registered post-logout URIs.
        if (settings.RedirectUris.Count > 0 || clientId == IdentityServerOptions.WebClientId)
        {
            descriptor.Permissions.UnionWith(
            [
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
            ]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            descriptor.RedirectUris.UnionWith(settings.RedirectUris.Select(uri => new Uri(uri, UriKind.Absolute)));
            descriptor.PostLogoutRedirectUris.UnionWith(settings.PostLogoutRedirectUris.Select(uri => new Uri(uri, UriKind.Absolute)));
        }

        if (confidential)
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        return descriptor;
    }
}
