using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.Messaging.Tests.Integration;

public sealed class ObservabilityTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    private const string Npgsql = "Npgsql";
    private const string Redis = "OpenTelemetry.Instrumentation.StackExchangeRedis";

    [Fact]
    public async Task Health_covers_the_database_the_cache_and_the_broker()
    {
        var report = await factory.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Contains("MessagingDbContext", report.Entries.Keys);
        Assert.Contains("StackExchange.Redis", report.Entries.Keys);
        Assert.Contains(report.Entries.Keys, name => name.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_request_trace_shows_its_sql_and_its_cache_calls()
    {
        var pair = await PairScenario.New(factory).OpenAsync();
        using var spans = new SpanRecorder(Npgsql, Redis);
        var (traceId, traceParent) = SpanRecorder.NewTrace();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me/unread");
        request.Headers.Add("traceparent", traceParent);

        await (await pair.Client(pair.Mentor).SendAsync(request)).ExpectAsync(HttpStatusCode.OK);

        var sql = await spans.InTraceAsync(traceId, Npgsql);
        var cache = await spans.InTraceAsync(traceId, Redis);
        Assert.Contains(sql, span => span.GetTagItem("db.query.text") is string text && text.Contains("SELECT", StringComparison.Ordinal));
        Assert.Contains(cache, span => span.DisplayName == "HGETALL");
    }
}
