using Mentorship.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;

namespace Mentorship.ServiceDefaults.Tests.Telemetry;

public sealed class HealthProbeTracingTests
{
    [Fact]
    public async Task What_a_health_probe_checks_is_left_out_of_the_traces_and_other_requests_are_not()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        bool? untracedInProbe = null;
        builder.Services.AddHealthChecks().AddCheck("database", () =>
        {
            untracedInProbe = Sdk.SuppressInstrumentation;
            return HealthCheckResult.Healthy();
        });
        await using var app = builder.Build();
        app.UseUntracedHealthProbes();
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/alive");
        app.MapGet("/api/work", () => Sdk.SuppressInstrumentation);
        await app.StartAsync();
        using var client = app.GetTestClient();

        (await client.GetAsync("/health")).EnsureSuccessStatusCode();
        Assert.True(untracedInProbe);
        untracedInProbe = null;
        (await client.GetAsync("/alive")).EnsureSuccessStatusCode();
        Assert.True(untracedInProbe);
        Assert.Equal("false", await client.GetStringAsync("/api/work"));
    }
}
