using Mentorship.Evaluation;
using Mentorship.Evaluation.Pulses;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>
/// The Evaluation service over its own fresh database, the real broker and Development tokens. The pulse
/// worker does not run by itself: tests run the scheduler, so no pulse arrives behind their back.
/// </summary>
public sealed class EvaluationFactory() : ServiceFactory<Program>(ResourceNames.EvaluationDb)
{
    public async Task<int> RunPulsesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PulseScheduler>().RunAsync(CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Pulses:Enabled", "false");
    }
}
