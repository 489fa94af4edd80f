using System.Globalization;

namespace Mentorship.Matching.PublicationBench;

/// <summary>
/// The timings of one publication (null: not reached within the limit), what it left behind, and the
/// bench process's CPU time over it (the three services in-process: a figure the machine's load does not change)
/// and the JIT compilation within it, which the CPU includes until the code has settled.
/// </summary>
public sealed record PublicationRun(
    int Proposals, TimeSpan? Dispatched, TimeSpan? Paired, TimeSpan? Notified, PublicationCounts Counts, TimeSpan Cpu, JitWork Jit)
{
    /// <summary>Pairs, notifications, threads, mails and inbox records (one per event in each service) missing against the events.</summary>
    public int Lost =>
        Proposals * 4 - Counts.Pairs - Counts.NotifiedPairs - Math.Min(Counts.Threads, Proposals) - Math.Min(Counts.Mails, Proposals)
        + Math.Max(0, Proposals - Counts.PairingInbox) + Math.Max(0, Proposals - Counts.MessagingInbox);

    /// <summary>A second notification, thread or mail for one event.</summary>
    public int Doubled =>
        Counts.Notifications - Counts.NotifiedPairs + Math.Max(0, Counts.Threads - Proposals) + Math.Max(0, Counts.Mails - Proposals);

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Proposals:N0} | {Seconds(Dispatched)} | {Seconds(Paired)} | {Rate(Paired)} | {Seconds(Notified)} | {Rate(Notified)} | {Lost} | {Doubled} | {Cpu.TotalMilliseconds / Proposals:0.00} ms | {Jit} |");

    private static string Seconds(TimeSpan? elapsed) =>
        elapsed is { } e ? string.Create(CultureInfo.InvariantCulture, $"{e.TotalSeconds:0.00} s") : "not reached";

    private string Rate(TimeSpan? elapsed) =>
        elapsed is { } e ? string.Create(CultureInfo.InvariantCulture, $"{Proposals / e.TotalSeconds:0}") : "–";
}
