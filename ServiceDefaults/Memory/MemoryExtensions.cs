using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Mentorship.ServiceDefaults.Memory;

public static class MemoryExtensions
{
    /// <summary>The idle trimmer (section "Memory"), in every process we ship.</summary>
    public static TBuilder AddIdleMemoryTrim<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<MemoryOptions>()
            .BindConfiguration(MemoryOptions.Section)
            .Validate(memory => memory.TrimAfterQuiet >= TimeSpan.Zero, "Memory:TrimAfterQuiet must be zero (off) or a positive time, such as 00:00:30.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IManagedMemory, RuntimeManagedMemory>();
        builder.Services.AddHostedService<IdleMemoryTrimmer>();
        return builder;
    }
}
