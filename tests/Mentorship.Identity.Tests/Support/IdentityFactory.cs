using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mentorship.Identity.Data;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Identity.Tests.Support;

/// <summary>
/// The identity service in-process, in Development, over a fresh database of its own (migrated before
/// it starts) and an SMTP server of its own; a web client, a confidential integration client and an
/// operator's address configured as a deployment would.
/// </summary>
public class IdentityFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string RedirectUri = "https://front.example/signed-in";
    public const string PostLogoutRedirectUri = "https://front.example/signed-out";
    public const string IntegrationClientId = "reports-integration";
    public const string IntegrationSecret = "integration-secret-for-tests-only";
    public const string OperatorEmail = "operator@mentorship.example";

    private string database = "";
    private string eventBus = "";

    /// <summary>Queues of this factory's own, so parallel test classes never take each other's messages.</summary>
    private readonly string endpointPrefix = "T" + Guid.NewGuid().ToString("N")[..10];

    public TestSmtpServer Mail { get; } = new();

    public virtual async Task InitializeAsync()
    {
        database = await MigratedDatabases.CreateAsync<IdentityDbContext>(ResourceNames.IdentityDb);
        eventBus = (await TestInfrastructure.Shared.GetEventBusAsync()).EventBusConnectionString;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{ResourceNames.IdentityDb}", database);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Mail}", Mail.ConnectionString);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.EventBus}", eventBus);
        builder.UseSetting("Messaging:EndpointPrefix", endpointPrefix);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Identity:DevelopmentKeysDirectory", Path.Combine(Path.GetTempPath(), "mentorship-identity-tests"));
        builder.UseSetting("Identity:Clients:web:RedirectUris:0", RedirectUri);
        builder.UseSetting("Identity:Clients:web:PostLogoutRedirectUris:0", PostLogoutRedirectUri);
        builder.UseSetting($"Identity:Clients:{IntegrationClientId}:Secret", IntegrationSecret);
        builder.UseSetting($"Identity:Clients:{IntegrationClientId}:Roles:0", "ops");
        builder.UseSetting("Identity:Operators:0", OperatorEmail);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    /// <summary>What a variant of the service is configured with beside the above.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (the test reads them).</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client calling with a bearer token.</summary>
    public HttpClient CreateClient(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Grants a role in a programme through the API, as ops.</summary>
    public async Task GrantAsync(Guid programmeId, Guid personId, string role)
    {
        using var ops = CreateClient(DevelopmentTokens.Create(Guid.NewGuid(), "Ops", [PlatformRoles.Ops], []));
        using var granted = await ops.PostAsJsonAsync($"/api/programmes/{programmeId}/staff", new { personId, role });
        Assert.Equal(HttpStatusCode.Created, granted.StatusCode);
    }

    public async Task<T> QueryAsync<T>(Func<IdentityDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Mail.DisposeAsync();
        await base.DisposeAsync();
    }
}
