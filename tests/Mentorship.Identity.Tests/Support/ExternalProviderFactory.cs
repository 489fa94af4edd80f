using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentorship.Identity.Tests.Support;

/// <summary>The identity service with one institution's provider configured (UCLouvain), a fake one on a port of its own.</summary>
public sealed class ExternalProviderFactory : IdentityFactory
{
    public const string ProviderKey = "uclouvain";
    public const string ProviderName = "UCLouvain";
    public const string Institution = "UCLouvain";

    public FakeProvider Provider { get; } = new();

    /// <summary>The refusals the service logged.</summary>
    public RecordedLogs Refusals { get; } = new(
        "Mentorship.Identity.Apis.ExternalSignInApi", "Mentorship.Identity.ExternalSignIn.ExternalSignInFailures");

    public override async Task InitializeAsync()
    {
        await Provider.StartAsync();
        await base.InitializeAsync();
    }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [$"Identity:ExternalProviders:{ProviderKey}:DisplayName"] = ProviderName,
        [$"Identity:ExternalProviders:{ProviderKey}:Authority"] = Provider.Authority,
        [$"Identity:ExternalProviders:{ProviderKey}:ClientId"] = FakeProvider.ClientId,
        [$"Identity:ExternalProviders:{ProviderKey}:ClientSecret"] = FakeProvider.ClientSecret,
        [$"Identity:ExternalProviders:{ProviderKey}:Institution"] = Institution,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Refusals));
    }

    public override async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        await base.DisposeAsync();
    }
}
