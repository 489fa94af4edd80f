using Mentorship.Web.Downloads;
using Mentorship.Web.Gateway;

namespace Mentorship.Web.Extensions;

/// <summary>What the console's monitoring, concerns and reports pages need: their clients and the export downloads.</summary>
public static class ConsoleMonitoringExtensions
{
    public static IHostApplicationBuilder AddConsoleMonitoring(this IHostApplicationBuilder builder, Uri gateway)
    {
        builder.Services.AddScoped<MonitoringClient>();
        builder.Services.AddScoped<ConcernsClient>();
        builder.Services.AddScoped<ReportsClient>();
        builder.Services.AddHttpClient(GatewayFile.HttpClientName, http => http.BaseAddress = gateway);
        return builder;
    }
}
