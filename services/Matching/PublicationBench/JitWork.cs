using System.Globalization;
using System.Runtime;

namespace Mentorship.Matching.PublicationBench;

/// <summary>
/// Methods the JIT compiled and the time it spent. Three services' code in one process takes thousands
/// of runs to settle (tier 0, instrumented, tier 1): until it has, a run's CPU is partly compilation.
/// </summary>
public readonly record struct JitWork(long Methods, TimeSpan Time)
{
    public static JitWork Now() => new(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    public static JitWork operator -(JitWork after, JitWork before) => new(after.Methods - before.Methods, after.Time - before.Time);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Methods:N0} methods, {Time.TotalSeconds:0.00} s");
}
