using System.Text.Json;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Consents;
using Mentorship.Enrollment.Domain.Templates;
using Mentorship.ServiceDefaults.Transitions;

namespace Mentorship.Enrollment.Tests.Domain;

public sealed class ApplicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Coordinator = Guid.NewGuid();

    private static readonly Programme MentorYou = new()
    {
        Id = Guid.NewGuid(),
        TemplateId = ProgrammeTemplates.MentorYou.Id,
        Name = "MentorYou",
        Cohort = "2026",
        Weights = ProgrammeTemplates.MentorYou.DefaultWeights,
    };

    private static Application Submit(string answers, ParticipantRole role = ParticipantRole.Mentee) =>
        Application.Submit(
            MentorYou,
            role,
            Guid.NewGuid(),
            new ApplicantPerson("Amina", "B.", "amina@example.org", null, new DateOnly(1994, 3, 2), "fr"),
            new ApplicantProfile { Languages = ["fr"] },
            JsonDocument.Parse(answers),
            consent: null,
            Guid.NewGuid(),
            Now);

    private const string EligibleMentee =
        """{ "foreignBackground": "foreign-origin", "workPermit": true, "frenchLevel": "B2", "activelyJobSeeking": true, "wantsMentor": true }""";

    [Fact]
    public void Submitting_records_a_verdict_for_every_rule_of_the_role()
    {
        var application = Submit("""{ "foreignBackground": "foreign-national", "workPermit": true, "frenchLevel": "A2" }""");

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(
            ["foreign-background", "work-permit", "working-french", "job-seeking", "wants-mentor"],
            application.Eligibility.Select(v => v.Rule));
        Assert.False(application.Eligible);
        Assert.Equal([true, true, false, false, false], application.Eligibility.Select(v => v.Passed));
    }

    [Fact]
    public void Approving_an_ineligible_application_is_refused()
    {
        var application = Submit("""{ "foreignBackground": "foreign-national", "workPermit": false, "frenchLevel": "B2", "activelyJobSeeking": true, "wantsMentor": true }""");
        application.RecordPreparation(ProgrammeTemplates.MentorYou, "individual-interview", Coordinator, Now);

        var result = application.Approve(ProgrammeTemplates.MentorYou, Coordinator, Now);

        Assert.True(result.Refused);
        Assert.Equal(["work-permit: answers.workPermit = false"], result.Reasons);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void Approving_before_the_preparation_steps_is_refused_with_the_missing_steps()
    {
        var application = Submit("""{ "professionallyActive": true, "hasMeetingPlace": true }""", ParticipantRole.Mentor);
        application.RecordPreparation(ProgrammeTemplates.MentorYou, "individual-interview", Coordinator, Now);

        var result = application.Approve(ProgrammeTemplates.MentorYou, Coordinator, Now);

        Assert.True(result.Refused);
        Assert.Equal(["intercultural-workshop"], result.Reasons);
    }

    [Fact]
    public void An_eligible_prepared_application_is_approved_once()
    {
        var application = Submit(EligibleMentee);
        application.RecordPreparation(ProgrammeTemplates.MentorYou, "individual-interview", Coordinator, Now);

        var first = application.Approve(ProgrammeTemplates.MentorYou, Coordinator, Now);
        var second = application.Approve(ProgrammeTemplates.MentorYou, Coordinator, Now.AddMinutes(5));

        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.False(second.Refused);
        Assert.Equal(ApplicationStatus.Approved, application.Status);
        Assert.Equal(Now, application.DecidedAt);
        Assert.Equal(Coordinator, application.DecidedBy);
    }

    [Fact]
    public void A_step_outside_the_programme_is_refused_with_the_steps_it_has()
    {
        var application = Submit(EligibleMentee);

        var result = application.RecordPreparation(ProgrammeTemplates.MentorYou, "yoga", Coordinator, Now);

        Assert.Equal(TransitionOutcome.Invalid, result.Outcome);
        Assert.Equal("step", result.InvalidField);
        Assert.EndsWith("Steps: individual-interview.", result.Refusal);
        Assert.Empty(application.Preparation);
    }

    [Fact]
    public void Recording_a_step_twice_keeps_the_first_record()
    {
        var application = Submit(EligibleMentee);
        application.RecordPreparation(ProgrammeTemplates.MentorYou, "individual-interview", Coordinator, Now);

        var again = application.RecordPreparation(ProgrammeTemplates.MentorYou, "individual-interview", Guid.NewGuid(), Now.AddDays(1));

        Assert.False(again.Changed);
        Assert.Equal(Now, Assert.Single(application.Preparation).CompletedAt);
    }

    [Fact]
    public void A_rejected_application_cannot_be_approved_or_withdrawn()
    {
        var application = Submit(EligibleMentee);
        application.Reject(Coordinator, Now, "Not job-seeking after interview");

        Assert.True(application.Approve(ProgrammeTemplates.MentorYou, Coordinator, Now).Refused);
        Assert.True(application.Withdraw(application.PersonId, Now, null).Refused);
        Assert.Equal("Not job-seeking after interview", application.DecisionReason);
    }

    [Fact]
    public void An_approved_application_can_be_withdrawn()
    {
        var application = Submit(EligibleMentee);
        application.RecordPreparation(ProgrammeTemplates.MentorYou, "individual-interview", Coordinator, Now);
        application.Approve(ProgrammeTemplates.MentorYou, Coordinator, Now);

        var result = application.Withdraw(application.PersonId, Now.AddDays(3), "Found a job");

        Assert.True(result.Changed);
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.True(application.Approve(ProgrammeTemplates.MentorYou, Coordinator, Now).Refused);
    }

    [Fact]
    public void Age_is_counted_in_completed_years()
    {
        var person = new ApplicantPerson("A", "B", "a@b.org", null, new DateOnly(2000, 11, 24), "en");

        Assert.Equal(25, person.AgeOn(new DateOnly(2026, 11, 23)));
        Assert.Equal(26, person.AgeOn(new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void A_consent_change_is_added_to_the_history_a_repeat_changes_nothing_and_a_withdrawn_application_takes_none()
    {
        var application = Submit(EligibleMentee);
        var research = new ConsentRecord("2026-12", ContactSharing: false, Research: true, Now.AddDays(1), application.PersonId);

        Assert.True(application.RecordConsent(research).Changed);
        Assert.False(application.RecordConsent(research with { RecordedAt = Now.AddDays(2) }).Changed);
        Assert.Equal(2, application.Consents.Count);
        Assert.True(application.Consent.Research);

        application.Withdraw(application.PersonId, Now.AddDays(3), null);
        Assert.True(application.RecordConsent(research with { Research = false }).Refused);
        Assert.True(application.Consent.Research);
    }
}
