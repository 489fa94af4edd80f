using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Mentorship.Identity.Tests.Support;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace Mentorship.Identity.Tests.Validation;

/// <summary>
/// A service as the platform builds one (AddPlatformAuthentication with Identity:Authority), reaching
/// the identity service's discovery document and JWKS over HTTP, deciding access per programme.
/// </summary>
public sealed class ServiceHostTests(IdentityFactory identity, ITestOutputHelper output) : IClassFixture<IdentityFactory>, IAsyncLifetime
{
    private WebApplication service = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseTestServer();
        builder.Configuration["Identity:Authority"] = identity.Server.BaseAddress.ToString();
        builder.AddPlatformAuthentication();
        // The authority lives in this process: its discovery document and JWKS are fetched through the test server.
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
            jwt => jwt.BackchannelHttpHandler = identity.Server.CreateHandler());

        service = builder.Build();
        service.UseAuthentication();
        service.UseAuthorization();
        service.MapGet("/programmes/{programmeId:guid}/access/{role}", (Guid programmeId, string role, HttpContext http) =>
            CurrentUser.From(http.User).IsStaffOf(programmeId, role) ? Results.Ok() : Results.StatusCode(StatusCodes.Status403Forbidden));
        await service.StartAsync();
    }

    [Fact]
    public async Task A_token_from_identity_is_accepted_and_its_role_per_programme_decides_access()
    {
        var flow = new SignInFlow(identity);
        var person = await flow.SignInAsync(SignInFlow.NewEmail("staff"));
        var (programmeA, programmeB) = (Guid.NewGuid(), Guid.NewGuid());
        await identity.GrantAsync(programmeA, person, PlatformRoles.Coordinator);
        await identity.GrantAsync(programmeB, person, PlatformRoles.Referent);
        var token = (await flow.TokensAsync()).AccessToken;

        Assert.Equal(HttpStatusCode.OK, await AccessAsync(token, programmeA, PlatformRoles.Coordinator));
        Assert.Equal(HttpStatusCode.Forbidden, await AccessAsync(token, programmeB, PlatformRoles.Coordinator));
        Assert.Equal(HttpStatusCode.OK, await AccessAsync(token, programmeB, PlatformRoles.Referent));
        Assert.Equal(HttpStatusCode.Forbidden, await AccessAsync(token, programmeA, PlatformRoles.Referent));
    }

    [Fact]
    public async Task In_development_the_development_key_keeps_working_beside_the_authority()
    {
        var programme = Guid.NewGuid();
        var token = DevelopmentTokens.Create(Guid.NewGuid(), "Dev", [PlatformRoles.Coordinator], [programme]);

        Assert.Equal(HttpStatusCode.OK, await AccessAsync(token, programme, PlatformRoles.Coordinator));
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = identity.Server.BaseAddress.ToString(),
            Audience = "mentorship",
            Claims = new Dictionary<string, object> { ["sub"] = Guid.NewGuid().ToString(), ["roles"] = "ops" },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = "forged" }, SecurityAlgorithms.RsaSha256),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, await AccessAsync(forged, Guid.NewGuid(), PlatformRoles.Coordinator));
    }

    [Fact]
    public async Task Validating_a_token_against_the_jwks_costs_little()
    {
        var token = (await new SignInFlow(identity).TokensForAsync(SignInFlow.NewEmail())).AccessToken;
        var parameters = await ServiceParametersAsync();
        var handler = new JsonWebTokenHandler { MapInboundClaims = false };
        for (var warmUp = 0; warmUp < 50; warmUp++)
            Assert.True((await handler.ValidateTokenAsync(token, parameters)).IsValid);

        const int Rounds = 2000;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
            await handler.ValidateTokenAsync(token, parameters);
        var perToken = clock.Elapsed.TotalMicroseconds / Rounds;

        output.WriteLine($"RS256 access token validated in {perToken:0} µs (mean of {Rounds}, keys cached as JwtBearer caches them)");
        Assert.True(perToken < 5_000, $"{perToken:0} µs per token");
    }

    public async Task DisposeAsync() => await service.DisposeAsync();

    private async Task<TokenValidationParameters> ServiceParametersAsync()
    {
        var jwt = service.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var configuration = await jwt.ConfigurationManager!.GetConfigurationAsync(CancellationToken.None);
        var parameters = jwt.TokenValidationParameters.Clone();
        parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
        parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        return parameters;
    }

    private async Task<HttpStatusCode> AccessAsync(string token, Guid programmeId, string role)
    {
        using var client = service.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync($"/programmes/{programmeId}/access/{role}");
        return response.StatusCode;
    }
}
