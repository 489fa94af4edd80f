using Mentorship.ServiceDefaults.Memory;
using Mentorship.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Mentorship.ServiceDefaults.Tests.Memory;

public sealed class IdleMemoryTrimmerTests
{
    private const long Megabyte = 1L << 20;

    [Fact]
    public void A_quiet_process_returns_its_spare_memory_once_after_a_busy_spell()
    {
        var clock = new FakeTimeProvider();
        var memory = new ScriptedMemory(busyChecks: 3);
        var logs = new RecordedLogs(typeof(IdleMemoryTrimmer).FullName!);
        using var trimmer = Trimmer(memory, TimeSpan.FromSeconds(30), clock, logs);

        var collectedAt = new List<int>();
        for (var check = 1; check <= 20; check++)
        {
            clock.Advance(IdleMemoryTrimmer.CheckEvery);
            if (trimmer.Check())
                collectedAt.Add(check);
        }

        // Busy up to the third check (15 s), then quiet for 30 s: the ninth check, at 45 s.
        Assert.Equal([9], collectedAt);
        Assert.Equal(1, memory.Collections);
        var line = Assert.Single(logs.Lines);
        Assert.Contains("from 200 MB to 60 MB (50 MB in use)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zero_turns_the_trimmer_off()
    {
        var memory = new ScriptedMemory(busyChecks: 3);
        using var trimmer = Trimmer(memory, TimeSpan.Zero, new FakeTimeProvider(), new RecordedLogs());

        await trimmer.StartAsync(CancellationToken.None);

        // Off, the service ends at once instead of waiting for its first check.
        await trimmer.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, memory.Samples);
    }

    private static IdleMemoryTrimmer Trimmer(IManagedMemory memory, TimeSpan quietFor, TimeProvider clock, RecordedLogs logs) =>
        new(memory, Options.Create(new MemoryOptions { TrimAfterQuiet = quietFor }), clock,
            LoggerFactory.Create(logging => logging.AddProvider(logs)).CreateLogger<IdleMemoryTrimmer>());

    /// <summary>Allocates 100 MB between checks while busy, then nothing; 200 MB committed for 50 MB in use until collected.</summary>
    private sealed class ScriptedMemory(int busyChecks) : IManagedMemory
    {
        private long _allocated;

        public int Samples { get; private set; }

        public int Collections { get; private set; }

        public MemorySample Sample(DateTimeOffset at)
        {
            Samples++;
            if (Samples <= busyChecks)
                _allocated += 100 * Megabyte;
            return new MemorySample(at, _allocated, (Collections > 0 ? 60 : 200) * Megabyte, 50 * Megabyte);
        }

        public void ReturnSpare() => Collections++;
    }
}
