using Mentorship.Enrollment.Resources;
using Mentorship.ServiceDefaults.Transitions;
using System.Text.Json;
using Mentorship.Enrollment.Domain.Consents;
using Mentorship.Enrollment.Domain.Eligibility;
using Mentorship.Enrollment.Domain.Templates;

namespace Mentorship.Enrollment.Domain;

/// <summary>
/// A person's application to one programme in one role. Eligibility is decided when it is submitted
/// (evidence kept); staff record preparation steps; approval needs both and makes the participant
/// available to matching.
/// </summary>
public sealed class Application
{
    public const int DecisionReasonMaxLength = 1000;

    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid PersonId { get; init; }

    public ParticipantRole Role { get; init; }

    public ApplicationStatus Status { get; private set; }

    public required ApplicantPerson Person { get; init; }

    public required ApplicantProfile Profile { get; init; }

    public required JsonDocument Answers { get; init; }

    public List<EligibilityVerdict> Eligibility { get; init; } = [];

    public List<PreparationRecord> Preparation { get; init; } = [];

    /// <summary>Every consent statement for this programme, oldest first; the last one holds.</summary>
    public List<ConsentRecord> Consents { get; init; } = [];

    public DateTimeOffset SubmittedAt { get; init; }

    public Guid SubmittedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public string? DecisionReason { get; private set; }

    /// <summary>Optimistic concurrency (PostgreSQL xmin): two coordinators approving at once do not both win.</summary>
    public uint Version { get; private set; }

    public bool Eligible => Eligibility.All(v => v.Passed);

    /// <summary>What eligibility was decided on, as on the day the application was submitted.</summary>
    public ApplicantFacts FactsAsSubmitted() => ApplicantFacts.Of(Answers, Person, SubmittedAt);

    public bool IsActive => Status is ApplicationStatus.Submitted or ApplicationStatus.Approved;

    public ConsentRecord Consent => Consents.Count > 0 ? Consents[^1] : ConsentRecord.ParticipationOnly(SubmittedAt, SubmittedBy);

    public static Application Submit(
        Programme programme,
        ParticipantRole role,
        Guid personId,
        ApplicantPerson person,
        ApplicantProfile profile,
        JsonDocument answers,
        ConsentRecord? consent,
        Guid submittedBy,
        DateTimeOffset now)
    {
        var facts = ApplicantFacts.Of(answers, person, now);
        return new Application
        {
            Id = Guid.CreateVersion7(now),
            ProgrammeId = programme.Id,
            PersonId = personId,
            Role = role,
            Status = ApplicationStatus.Submitted,
            Person = person,
            Profile = profile,
            Answers = answers,
            Eligibility = EligibilityEvaluator.Evaluate(programme.Template.For(role).Eligibility, facts).ToList(),
            Consents = [consent ?? ConsentRecord.ParticipationOnly(now, submittedBy)],
            SubmittedAt = now,
            SubmittedBy = submittedBy,
        };
    }

    /// <summary>The person changes what they agree to; participation itself ends by withdrawing.</summary>
    public TransitionResult RecordConsent(ConsentRecord consent)
    {
        if (consent.SameChoicesAs(Consent))
            return TransitionResult.AlreadySo;
        if (Status is ApplicationStatus.Withdrawn or ApplicationStatus.Rejected)
            return TransitionResult.Conflict(EnrollmentTexts.All.InUiLanguage("problem.application.no-participation-to-consent", Status.ToString().ToLowerInvariant()));
        Consents.Add(consent);
        return TransitionResult.Done;
    }

    public IReadOnlyList<string> MissingSteps(ProgrammeTemplate template) =>
        template.For(Role).Preparation.Select(s => s.Id).Except(Preparation.Select(p => p.Step)).ToList();

    public TransitionResult RecordPreparation(ProgrammeTemplate template, string step, Guid by, DateTimeOffset now)
    {
        if (template.For(Role).Preparation.All(s => s.Id != step))
            return TransitionResult.Invalid(
                "step",
                $"'{step}' is not a preparation step for a {Role.ToString().ToLowerInvariant()} of this programme. "
                + $"Steps: {string.Join(", ", template.For(Role).Preparation.Select(s => s.Id))}.");
        if (Status != ApplicationStatus.Submitted)
            return TransitionResult.Conflict(EnrollmentTexts.All.InUiLanguage("problem.application.preparation-before-approval", Status.ToString().ToLowerInvariant()));
        if (Preparation.Any(p => p.Step == step))
            return TransitionResult.AlreadySo;

        Preparation.Add(new PreparationRecord(step, now, by));
        return TransitionResult.Done;
    }

    public TransitionResult Approve(ProgrammeTemplate template, Guid by, DateTimeOffset now)
    {
        if (Status == ApplicationStatus.Approved)
            return TransitionResult.AlreadySo;
        if (Status != ApplicationStatus.Submitted)
            return TransitionResult.Conflict(EnrollmentTexts.All.InUiLanguage("problem.application.approve-submitted-only", Status.ToString().ToLowerInvariant()));
        if (!Eligible)
            return TransitionResult.Conflict(
                EnrollmentTexts.All.InUiLanguage("problem.application.not-eligible"),
                Eligibility.Where(v => !v.Passed).Select(v => $"{v.Rule}: {v.Evidence}").ToList());
        var missing = MissingSteps(template);
        if (missing.Count > 0)
            return TransitionResult.Conflict(EnrollmentTexts.All.InUiLanguage("problem.application.preparation-missing"), missing);

        Decide(ApplicationStatus.Approved, by, now, reason: null);
        return TransitionResult.Done;
    }

    public TransitionResult Reject(Guid by, DateTimeOffset now, string? reason)
    {
        if (Status == ApplicationStatus.Rejected)
            return TransitionResult.AlreadySo;
        if (Status != ApplicationStatus.Submitted)
            return TransitionResult.Conflict(EnrollmentTexts.All.InUiLanguage("problem.application.reject-submitted-only", Status.ToString().ToLowerInvariant()));

        Decide(ApplicationStatus.Rejected, by, now, reason);
        return TransitionResult.Done;
    }

    public TransitionResult Withdraw(Guid by, DateTimeOffset now, string? reason)
    {
        if (Status == ApplicationStatus.Withdrawn)
            return TransitionResult.AlreadySo;
        if (!IsActive)
            return TransitionResult.Conflict(EnrollmentTexts.All.InUiLanguage("problem.application.cannot-withdraw", Status.ToString().ToLowerInvariant()));

        Decide(ApplicationStatus.Withdrawn, by, now, reason);
        return TransitionResult.Done;
    }

    private void Decide(ApplicationStatus status, Guid by, DateTimeOffset now, string? reason)
    {
        Status = status;
        DecidedAt = now;
        DecidedBy = by;
        DecisionReason = reason;
    }
}
