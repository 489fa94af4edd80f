using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Domain;

/// <summary>What matching knows of a programme: its criterion weights, from Enrollment, then the coordinators'.</summary>
public sealed class MatchingProgramme
{
    public Guid Id { get; init; }

    /// <summary>Null until ProgrammeCreated arrives (an approval can overtake it).</summary>
    public string? TemplateId { get; set; }

    public required CriterionWeights Weights { get; set; }

    public DateTimeOffset? WeightsChangedAt { get; set; }

    public Guid? WeightsChangedBy { get; set; }

    public bool WeightsSetByCoordinator => WeightsChangedBy is not null;
}
