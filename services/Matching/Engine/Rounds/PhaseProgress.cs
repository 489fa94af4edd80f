namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// Forwards the solver's fractions as <see cref="RoundPhase.Solving"/> progress on the calling thread;
/// <see cref="Progress{T}"/> would post them later, possibly after the plan is returned.
/// </summary>
internal sealed class PhaseProgress(IProgress<RoundProgress> target, RoundPhase phase) : IProgress<double>
{
    public void Report(double value) => target.Report(new RoundProgress(phase, value));
}
