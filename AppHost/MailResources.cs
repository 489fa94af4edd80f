using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Mentorship.AppHost;

public static class MailResources
{
    /// <summary>
    /// Messaging's mail settings besides the server. Links in mails open the platform where their
    /// readers reach it: the gateway's address when run locally, the public URL when deployed. Deployed,
    /// the sender is the institution's address, which its relay accepts.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithMailSettings(this IResourceBuilder<ProjectResource> messaging, IResourceBuilder<ProjectResource> gateway)
    {
        var builder = messaging.ApplicationBuilder;
        if (!builder.ExecutionContext.IsPublishMode)
            return messaging.WithEnvironment("Mail__LinkBaseUrl", gateway.GetEndpoint("http"));

        return messaging
            .WithEnvironment("Mail__LinkBaseUrl", builder.Parameter("public-url"))
            .WithEnvironment("Mail__From", builder.Parameter(MailFromParameter));
    }

    /// <summary>The institution's sender address, deployed: Messaging's mails and Identity's sign-in codes.</summary>
    public const string MailFromParameter = "mail-from";
}
