namespace Mentorship.Matching.Engine.Solving;

/// <summary>Some pins cannot be honoured; nothing was solved. Every problem found is listed, not only the first.</summary>
public sealed class UnsatisfiablePinsException(IReadOnlyList<PinProblem> problems)
    : Exception($"{problems.Count} pin(s) cannot be honoured: " + string.Join("; ", problems.Select(p => $"({p.Pair.Mentee}, {p.Pair.Mentor}) {p.Reason}")))
{
    public IReadOnlyList<PinProblem> Problems { get; } = problems;
}
