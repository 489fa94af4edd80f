using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Rounds;

/// <summary>
/// Sizes and timings of a planned round. <see cref="CandidatePairs"/> = mentees × mentors = the
/// sum of <see cref="ExcludedPairs"/> (each pair under its first failing hard constraint) plus
/// <see cref="AllowedArcs"/>; <see cref="ScoredPairs"/> are the pairs the language index let through.
/// </summary>
public sealed record RoundStats(
    Objective Objective,
    int Mentees,
    int Mentors,
    long CandidatePairs,
    long ScoredPairs,
    int AllowedArcs,
    IReadOnlyDictionary<string, long> ExcludedPairs,
    int Matched,
    double TotalScore,
    double IndexMs,
    double ScoreMs,
    double SolveMs,
    double ExplainMs);
