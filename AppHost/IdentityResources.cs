using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Mentorship.AppHost;

public static class IdentityResources
{
    /// <summary>Where a deployment mounts the identity service's keys (the identity-keys Secret).</summary>
    public const string DeployedKeysDirectory = "/keys";

    /// <summary>The Aspire dashboard, deployed, signs its operators in here as this confidential client.</summary>
    public const string DashboardClientId = "mentorship-dashboard";

    /// <summary>
    /// Where the web front end (served by the gateway under /app) receives sign-ins and sign-outs: the
    /// OpenID Connect handler's callback paths (services/Web, Session/OpenIdConnectSignIn).
    /// </summary>
    public const string WebSignInCallback = "/app/signin-oidc";

    public const string WebSignOutCallback = "/app/signout-callback-oidc";

    /// <summary>
    /// The identity service's settings besides its database and mail server. The web front end is
    /// registered at the public address browsers reach it on: the gateway's. Run locally it generates its
    /// keys once and keeps them. Deployed it refuses to start without keys, so they are files the platform
    /// mounts (RSA PEM: signing.pem signs the tokens, encryption.pem protects codes and refresh tokens),
    /// and its sign-in codes leave from the institution's address, as Messaging's mails do. The deployed
    /// dashboard is registered as a client: its secret and the address it receives sign-ins on.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithIdentitySettings(this IResourceBuilder<ProjectResource> identity, IResourceBuilder<ProjectResource> gateway)
    {
        var builder = identity.ApplicationBuilder;
        if (!builder.ExecutionContext.IsPublishMode)
            return identity.WithWebClient(gateway.GetEndpoint("http"));

        return identity.WithWebClient(builder.Parameter("public-url").Resource)
            .WithEnvironment("Identity__SigningKeys__0__Path", $"{DeployedKeysDirectory}/signing.pem")
            .WithEnvironment("Identity__EncryptionKeys__0__Path", $"{DeployedKeysDirectory}/encryption.pem")
            .WithEnvironment("Identity__MailFrom", builder.Parameter(MailResources.MailFromParameter))
            .WithEnvironment($"Identity__Clients__{DashboardClientId}__Secret", builder.AddParameter("dashboard-client-secret", secret: true))
            .WithEnvironment($"Identity__Clients__{DashboardClientId}__RedirectUris__0", builder.AddParameter("dashboard-redirect-uri"));
    }

    /// <summary>
    /// Run locally, every project trusts the identity service's tokens beside the development ones, at the
    /// address its issuer has: the gateway's (deployed, WithPlatformEnvironment gives identity-authority).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithLocalIdentityAuthority(this IResourceBuilder<ProjectResource> project, IResourceBuilder<ProjectResource> gateway) =>
        project.ApplicationBuilder.ExecutionContext.IsPublishMode
            ? project
            : project.WithEnvironment("Identity__Authority", ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/"));

    private static IResourceBuilder<ProjectResource> WithWebClient<TAddress>(this IResourceBuilder<ProjectResource> identity, TAddress publicAddress)
        where TAddress : IValueProvider, IManifestExpressionProvider =>
        identity
            .WithEnvironment("Identity__Clients__web__RedirectUris__0", ReferenceExpression.Create($"{publicAddress}{WebSignInCallback}"))
            .WithEnvironment("Identity__Clients__web__PostLogoutRedirectUris__0", ReferenceExpression.Create($"{publicAddress}{WebSignOutCallback}"));
}
