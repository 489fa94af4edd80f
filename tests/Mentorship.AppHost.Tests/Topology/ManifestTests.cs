using System.Text.Json;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.AppHost.Tests.Topology;

/// <summary>deploy/aspire-manifest.json is what publish mode writes today, and describes the platform.</summary>
public sealed class ManifestTests
{
    private static readonly string Committed = Path.Combine(AppHostProcess.RepositoryRoot, "deploy", "aspire-manifest.json");

    [Fact]
    public async Task The_committed_manifest_is_what_the_AppHost_publishes_now()
    {
        // Beside the committed one: the manifest's project paths are relative to its own folder.
        var fresh = Path.Combine(Path.GetDirectoryName(Committed)!, $"aspire-manifest.{Guid.NewGuid():N}.json");
        try
        {
            using var publish = AppHostProcess.Start("--publisher", "manifest", "--output-path", fresh);
            Assert.Equal(0, await publish.WaitForExitAsync(TimeSpan.FromMinutes(2)));

            Assert.True(
                File.ReadAllText(Committed) == File.ReadAllText(fresh),
                "deploy/aspire-manifest.json is out of date: regenerate it with " +
                "`dotnet run --project AppHost -- --publisher manifest --output-path ../deploy/aspire-manifest.json`.");
        }
        finally
        {
            File.Delete(fresh);
        }
    }

    [Fact]
    public void Deployments_get_Aspires_own_servers_and_every_service_its_database_the_broker_and_the_authority_and_Messaging_and_Identity_the_mail_relay()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Committed));
        var resources = manifest.RootElement.GetProperty("resources");

        Assert.All(new[] { Postgres, EventBus, Cache }, server => Assert.Equal("container.v0", resources.GetProperty(server).GetProperty("type").GetString()));
        // Identity too: it takes its part in erasures through the broker.
        foreach (var service in Backends)
        {
            var environment = resources.GetProperty(service).GetProperty("env");
            Assert.Equal($"{{{DatabaseOf(service)}.connectionString}}", environment.GetProperty($"ConnectionStrings__{DatabaseOf(service)}").GetString());
            Assert.Equal($"{{{EventBus}.connectionString}}", environment.GetProperty($"ConnectionStrings__{EventBus}").GetString());
            Assert.Equal("{identity-authority.value}", environment.GetProperty("Identity__Authority").GetString());
            Assert.Equal(["migrate"], resources.GetProperty($"{service}-migrations").GetProperty("args").EnumerateArray().Select(a => a.GetString()));
        }

        // Mail goes through the institution's relay, a secret connection string; links open the public URL.
        var mail = resources.GetProperty(Mail);
        Assert.Equal("parameter.v0", mail.GetProperty("type").GetString());
        Assert.True(mail.GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean());
        var messaging = resources.GetProperty(Messaging).GetProperty("env");
        Assert.Equal($"{{{Mail}.connectionString}}", messaging.GetProperty($"ConnectionStrings__{Mail}").GetString());
        Assert.Equal("{public-url.value}", messaging.GetProperty("Mail__LinkBaseUrl").GetString());
        Assert.Equal("{mail-from.value}", messaging.GetProperty("Mail__From").GetString());

        // Identity signs with mounted keys and sends its sign-in codes through the same relay.
        var identity = resources.GetProperty(Identity).GetProperty("env");
        Assert.Equal($"{{{IdentityDb}.connectionString}}", identity.GetProperty($"ConnectionStrings__{IdentityDb}").GetString());
        Assert.Equal($"{{{Mail}.connectionString}}", identity.GetProperty($"ConnectionStrings__{Mail}").GetString());
        Assert.Equal("/keys/signing.pem", identity.GetProperty("Identity__SigningKeys__0__Path").GetString());
        Assert.Equal("{public-url.value}/app/signin-oidc", identity.GetProperty("Identity__Clients__web__RedirectUris__0").GetString());
        Assert.Equal("{public-url.value}/app/signout-callback-oidc", identity.GetProperty("Identity__Clients__web__PostLogoutRedirectUris__0").GetString());
        Assert.True(resources.GetProperty("dashboard-client-secret").GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean());

        var gateway = resources.GetProperty(Gateway);
        Assert.True(gateway.GetProperty("bindings").GetProperty("http").GetProperty("external").GetBoolean());
        Assert.All(Backends.Append(Web), service =>
            Assert.Equal($"{{{service}.bindings.http.url}}", gateway.GetProperty("env").GetProperty($"services__{service}__http__0").GetString()));

        // The web front end reaches the services through the gateway only.
        var web = resources.GetProperty(Web).GetProperty("env");
        Assert.Equal($"{{{Gateway}.bindings.http.url}}", web.GetProperty($"services__{Gateway}__http__0").GetString());
        Assert.DoesNotContain(web.EnumerateObject(), variable => variable.Name.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
    }
}
