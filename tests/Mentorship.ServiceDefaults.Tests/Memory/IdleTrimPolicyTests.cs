using Mentorship.ServiceDefaults.Memory;

namespace Mentorship.ServiceDefaults.Tests.Memory;

public sealed class IdleTrimPolicyTests
{
    private const long Megabyte = 1L << 20;
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_busy_spell_then_the_quiet_time_trims_once()
    {
        var decisions = Run(new IdleTrimPolicy(QuietFor), allocatedMegabytesPerCheck: [0, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

        // Busy until the third sample (10 s); quiet for 30 s from there: the ninth sample (40 s).
        Assert.Equal([8], TrimmedAt(decisions));
    }

    [Fact]
    public void A_process_that_keeps_allocating_is_not_collected()
    {
        var decisions = Run(new IdleTrimPolicy(QuietFor), allocatedMegabytesPerCheck: [.. Enumerable.Repeat(20L, 30)]);

        Assert.Empty(TrimmedAt(decisions));
    }

    [Fact]
    public void A_process_that_never_had_a_busy_spell_is_not_collected()
    {
        // 2 MB per 5 s is quiet; 30 checks add up to 60 MB, under a busy spell's 64 MB.
        var decisions = Run(new IdleTrimPolicy(QuietFor), allocatedMegabytesPerCheck: [.. Enumerable.Repeat(2L, 30)]);

        Assert.Empty(TrimmedAt(decisions));
    }

    [Fact]
    public void Spare_memory_under_the_threshold_is_not_worth_a_collection()
    {
        var decisions = Run(new IdleTrimPolicy(QuietFor), allocatedMegabytesPerCheck: [0, 200, 0, 0, 0, 0, 0, 0, 0, 0], spareMegabytes: 15);

        Assert.Empty(TrimmedAt(decisions));
    }

    [Fact]
    public void After_a_trim_the_next_one_waits_for_another_busy_spell()
    {
        var decisions = Run(new IdleTrimPolicy(QuietFor), allocatedMegabytesPerCheck: [0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0]);

        Assert.Equal([7, 19], TrimmedAt(decisions));
    }

    /// <summary>One sample every 5 s, as the trimmer takes them; a trim is acknowledged as the trimmer does.</summary>
    private static List<bool> Run(IdleTrimPolicy policy, long[] allocatedMegabytesPerCheck, long spareMegabytes = 100)
    {
        var decisions = new List<bool>();
        var allocated = 0L;
        for (var check = 0; check < allocatedMegabytesPerCheck.Length; check++)
        {
            allocated += allocatedMegabytesPerCheck[check] * Megabyte;
            var sample = new MemorySample(Start.AddSeconds(5 * check), allocated, (50 + spareMegabytes) * Megabyte, 50 * Megabyte);
            var trim = policy.ShouldTrim(sample);
            if (trim)
                policy.Trimmed();
            decisions.Add(trim);
        }

        return decisions;
    }

    private static int[] TrimmedAt(List<bool> decisions) =>
        [.. decisions.Select((trim, check) => (trim, check)).Where(d => d.trim).Select(d => d.check)];
}
