namespace Mentorship.Pairing.Domain;

/// <summary>A survey Evaluation assigned to one respondent of a pair, kept so a pending one can be chased.</summary>
public sealed class SurveyAssignment
{
    public Guid SurveyId { get; init; }

    public Guid RespondentId { get; init; }

    public Guid PairId { get; set; }

    public Guid ProgrammeId { get; set; }

    /// <summary>Null when the completion arrived before the assignment (the broker does not order them).</summary>
    public DateTimeOffset? AssignedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
