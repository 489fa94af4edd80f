using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.Gateway.Bench;

/// <summary>
/// One token checked the way the gateway checks it: through the JwtBearer handler registered by
/// AddPlatformAuthentication (signature, lifetime, issuer, audience, claims principal), keys cached.
/// The bare token handler with the same parameters shows what the signature and claims cost alone.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TokenValidationBenchmarks
{
    private IServiceProvider services = null!;
    private string token = "";
    private string header = "";
    private TokenHandler handler = null!;
    private TokenValidationParameters parameters = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        BenchAuthority.AddGatewayAuthentication(builder);
        services = builder.Build().Services;
        token = BenchAuthority.AccessToken();
        header = $"Bearer {token}";

        var options = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        handler = options.TokenHandlers[0];
        parameters = options.TokenValidationParameters.Clone();
        parameters.ConfigurationManager = (BaseConfigurationManager)options.ConfigurationManager!;
        if (!ValidateWithTokenHandler().Result || !AuthenticateThroughJwtBearerHandler().Result)
            throw new InvalidOperationException("The bench token does not validate: the figures would measure a refusal.");
    }

    [Benchmark(Baseline = true, Description = "JwtBearer handler (as the gateway)")]
    public async Task<bool> AuthenticateThroughJwtBearerHandler()
    {
        // A scope per request, as ASP.NET Core gives each: the handler keeps its result for the request it serves.
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = header;
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        return result.Succeeded;
    }

    [Benchmark(Description = "token handler alone")]
    public async Task<bool> ValidateWithTokenHandler() =>
        (await handler.ValidateTokenAsync(token, parameters)).IsValid;
}
