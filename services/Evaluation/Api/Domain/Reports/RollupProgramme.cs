namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>What the roll-up needs of one programme: who runs it, its pairs, its closure surveys and their effects.</summary>
public sealed record RollupProgramme(
    Guid ProgrammeId,
    string? Institution,
    IReadOnlyList<PairFacts> Pairs,
    IReadOnlyList<SurveyCount> Surveys,
    IReadOnlyList<EffectAnswer> Effects);
