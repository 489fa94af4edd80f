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
    /// The identity service's settings besides its database and mail server. Run locally it generates its
    /// keys once and keeps them. Deployed it refuses to start without keys, so they are files the platform
    /// mounts (RSA PEM: signing.pem signs the tokens, encryption.pem protects codes and refresh tokens),
    /// and its sign-in codes leave from the institution's address, as Messaging's mails do. The deployed
    /// dashboard is registered as a client: its secret and the address it receives sign-ins on.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithIdentitySettings(this IResourceBuilder<ProjectResource> identity)
    {
        var builder = identity.ApplicationBuilder;
        if (!builder.ExecutionContext.IsPublishMode)
            return identity;

        return identity
            .WithEnvironment("Identity__SigningKeys__0__Path", $"{DeployedKeysDirectory}/signing.pem")
            .WithEnvironment("Identity__EncryptionKeys__0__Path", $"{DeployedKeysDirectory}/encryption.pem")
            .WithEnvironment("Identity__MailFrom", builder.Parameter(MailResources.MailFromParameter))
            .WithEnvironment($"Identity__Clients__{DashboardClientId}__Secret", builder.AddParameter("dashboard-client-secret", secret: true))
            .WithEnvironment($"Identity__Clients__{DashboardClientId}__RedirectUris__0", builder.AddParameter("dashboard-redirect-uri"));
    }
}
