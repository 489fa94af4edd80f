using Mentorship.Enrollment.Domain.Templates;

namespace Mentorship.Enrollment.Domain;

/// <summary>One run of a programme (a cohort) created from a template, with its own settings.</summary>
public sealed class Programme
{
    public const int NameMaxLength = 200;
    public const int CohortMaxLength = 50;
    public const int InstitutionMaxLength = 120;
    public const int RetentionMonthsMaximum = 120;

    public Guid Id { get; init; }

    public required string TemplateId { get; init; }

    public required string Name { get; set; }

    public required string Cohort { get; set; }

    /// <summary>Who runs this programme, e.g. the T'M university: roll-up reports sum programmes by it.</summary>
    public string? Institution { get; set; }

    /// <summary>Given at creation, then Matching's (their owner) as its coordinators change them.</summary>
    public required MatchingWeights Weights { get; set; }

    /// <summary>When Matching last changed the weights (null: still those given at creation).</summary>
    public DateTimeOffset? WeightsChangedAt { get; set; }

    public int DefaultMentorCapacity { get; set; }

    public int MeetingsPerMonth { get; set; }

    public int DurationMonths { get; set; }

    public int AlertAfterWeeksWithoutMeeting { get; set; }

    public ApplicationWindow ApplicationWindow { get; set; } = ApplicationWindow.Always;

    /// <summary>The most participants approved per role; approvals beyond it are refused.</summary>
    public ProgrammeCapacity Capacity { get; set; } = ProgrammeCapacity.Unlimited;

    /// <summary>Informative: the cohort the coordinators aim for (60 PhD candidates, 800 students).</summary>
    public int? TargetCohortSize { get; set; }

    /// <summary>
    /// The retention rule: months after a person's last participation in this programme ended (their
    /// pairs closed, their application rejected or withdrawn) before they are erased, provided every
    /// other programme they took part in lets them go too. Null: no automatic erasure.
    /// </summary>
    public int? RetentionMonths { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>0 at creation, one more at each edit: announced with the edit so consumers keep the newest.</summary>
    public int SettingsRevision { get; set; }

    public Guid CreatedBy { get; init; }

    public ProgrammeTemplate Template => ProgrammeTemplates.Find(TemplateId)
        ?? throw new InvalidOperationException($"Programme {Id} refers to unknown template '{TemplateId}'.");
}
