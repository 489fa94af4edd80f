using System.Globalization;

namespace Mentorship.Load.Running;

/// <summary>
/// What one fault drill found: the counts (expected, found, lost, doubled), the timings of the fault and
/// the recovery, the failed requests by kind. It passes when nothing is lost or doubled, every error is of
/// a kind the fault explains, and no other failure was found (the fault hit no work in flight, so the
/// drill proved nothing; a service had to be restarted).
/// </summary>
public sealed class DrillReport(string name, Func<string, bool> allowedError)
{
    private readonly List<DrillCount> _counts = [];
    private readonly List<(string What, TimeSpan? Elapsed)> _timings = [];
    private readonly List<string> _notes = [];
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, int> _errors = [];

    public string Name { get; } = name;

    public IReadOnlyList<DrillCount> Counts => _counts;

    public IReadOnlyDictionary<string, int> Errors => _errors;

    public IReadOnlyList<string> Failures => _failures;

    public IEnumerable<string> RefusedErrors => _errors.Keys.Where(kind => !allowedError(kind)).Order(StringComparer.Ordinal);

    public bool Passed => _failures.Count == 0 && _counts.All(count => count.Exact) && !RefusedErrors.Any();

    public DrillReport Count(DrillCount count)
    {
        _counts.Add(count);
        return this;
    }

    /// <summary>A timing; null when the moment never came within the drill's patience.</summary>
    public DrillReport Time(string what, TimeSpan? elapsed)
    {
        _timings.Add((what, elapsed));
        return this;
    }

    public DrillReport Note(string note)
    {
        _notes.Add(note);
        return this;
    }

    public DrillReport AddErrors(IReadOnlyDictionary<string, int> byKind)
    {
        foreach (var (kind, count) in byKind)
            _errors[kind] = _errors.GetValueOrDefault(kind) + count;
        return this;
    }

    /// <summary>A failure other than a count: the fault hit no work in flight, a service did not recover by itself.</summary>
    public DrillReport Fail(string reason)
    {
        _failures.Add(reason);
        return this;
    }

    public IEnumerable<string> Lines()
    {
        yield return $"drill {Name}";
        foreach (var note in _notes)
            yield return $"  {note}";
        yield return Invariant($"  {"what",-52} {"expected",9} {"found",9} {"lost",6} {"doubled",8}");
        foreach (var c in _counts)
            yield return Invariant($"  {c.What,-52} {c.Expected,9} {c.Found,9} {c.Lost,6} {c.Doubled,8}")
                + (c.Unacknowledged > 0 ? Invariant($"  ({c.Unacknowledged} stored whose answer the fault cut off)") : "");
        foreach (var (what, elapsed) in _timings)
            yield return Invariant($"  {what}: {(elapsed is { } e ? $"{e.TotalSeconds:0.0} s" : "not reached")}");
        yield return _errors.Count == 0
            ? "  failed requests: none"
            : "  failed requests: " + string.Join(", ", _errors.OrderByDescending(e => e.Value).Select(e =>
                Invariant($"{e.Key} x {e.Value}{(allowedError(e.Key) ? "" : " (NOT explained by the fault)")}")));
        yield return "  verdict: " + Verdict();
    }

    public async Task WriteAsync(TextWriter output)
    {
        foreach (var line in Lines())
            await output.WriteLineAsync(line);
    }

    private string Verdict()
    {
        if (Passed)
            return "PASSED: nothing lost, nothing doubled";
        var reasons = new List<string>(_failures);
        var lost = _counts.Sum(c => c.Lost);
        var doubled = _counts.Sum(c => c.Doubled);
        if (lost + doubled > 0)
            reasons.Add(Invariant($"{lost} lost, {doubled} doubled"));
        if (RefusedErrors.Any())
            reasons.Add("errors the fault does not explain: " + string.Join(", ", RefusedErrors));
        return "FAILED (" + string.Join("; ", reasons) + ")";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
