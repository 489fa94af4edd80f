using Mentorship.Messaging.Concerns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Mentorship.Messaging.Tests.Integration;

/// <summary>
/// Messaging on a fake clock the tests move forward, so that concerns fall overdue without waiting; the
/// escalation clock does not run by itself: tests run it, so nothing escalates behind their back.
/// </summary>
public sealed class ConcernsFactory : MessagingFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public async Task<int> RunEscalationsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConcernEscalator>().RunAsync(CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Concerns:Enabled", "false");
        builder.UseSetting("Outbox:Retention", "365.00:00:00");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
