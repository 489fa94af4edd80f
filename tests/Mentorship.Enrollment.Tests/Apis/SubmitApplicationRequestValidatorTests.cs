using System.Text.Json;
using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Apis.Validation;
using Mentorship.Enrollment.Domain;
using Mentorship.ServiceDefaults.Http;
using Microsoft.Extensions.Time.Testing;

namespace Mentorship.Enrollment.Tests.Apis;

public sealed class SubmitApplicationRequestValidatorTests
{
    private static readonly SubmitApplicationRequestValidator Validator = new(TimeProvider.System);

    private static readonly PersonInput ValidPerson = new("Amina", "B.", "amina@example.org", null, new DateOnly(1994, 3, 2), "fr");

    private static readonly ProfileInput ValidProfile = new(
        "BE-BRU", ["logistics"], "supply-chain", ["engineering"], ["fr", "ar"], ["job-search"], ["football"], null, null);

    private static Dictionary<string, string[]> Errors(SubmitApplicationRequest request) =>
        ValidationFilter<SubmitApplicationRequest>.ToErrors(Validator.Validate(request));

    [Fact]
    public void A_complete_mentee_application_is_valid()
    {
        var request = new SubmitApplicationRequest(
            ParticipantRole.Mentee, null, ValidPerson, ValidProfile, JsonDocument.Parse("""{ "workPermit": true }""").RootElement);

        Assert.Empty(Errors(request));
    }

    [Fact]
    public void Errors_name_the_fields_as_the_json_spells_them()
    {
        var request = new SubmitApplicationRequest(
            null,
            null,
            ValidPerson with { Email = "not-an-email", Language = "de" },
            ValidProfile with { Region = "Brussels", Languages = [], Sectors = ["Logistics & Transport"] },
            JsonDocument.Parse("[1, 2]").RootElement);

        var errors = Errors(request);

        Assert.Equal(
            ["answers", "person.email", "person.language", "profile.languages", "profile.region", "profile.sectors[0]", "role"],
            errors.Keys.Order());
        Assert.Equal("language must be one of: fr, nl, en.", Assert.Single(errors["person.language"]));
    }

    [Fact]
    public void The_age_rule_reads_the_clock_at_each_validation_not_when_the_validator_was_built()
    {
        // Validators are singletons: one built before a 14th birthday must accept the person after it.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var validator = new SubmitApplicationRequestValidator(clock);
        var request = new SubmitApplicationRequest(
            ParticipantRole.Mentee, null, ValidPerson with { BirthDate = new DateOnly(2012, 12, 20) }, ValidProfile, null);

        var before = ValidationFilter<SubmitApplicationRequest>.ToErrors(validator.Validate(request));
        clock.Advance(TimeSpan.FromDays(30));
        var after = ValidationFilter<SubmitApplicationRequest>.ToErrors(validator.Validate(request));

        Assert.Equal("birthDate must make the person between 14 and 100 years old.", Assert.Single(before["person.birthDate"]));
        Assert.Empty(after);
    }

    [Fact]
    public void A_mentee_may_not_declare_a_capacity_but_a_mentor_must_stay_within_fifty()
    {
        var mentee = new SubmitApplicationRequest(ParticipantRole.Mentee, null, ValidPerson, ValidProfile with { Capacity = 3 }, null);
        var mentor = new SubmitApplicationRequest(ParticipantRole.Mentor, null, ValidPerson, ValidProfile with { Capacity = 51 }, null);

        Assert.Contains("profile.capacity", Errors(mentee).Keys);
        Assert.Contains("profile.capacity", Errors(mentor).Keys);
    }

    [Fact]
    public void A_global_capacity_is_for_mentors_and_covers_at_least_this_programme()
    {
        var mentee = new SubmitApplicationRequest(ParticipantRole.Mentee, null, ValidPerson, ValidProfile with { GlobalCapacity = 2 }, null);
        var below = new SubmitApplicationRequest(ParticipantRole.Mentor, null, ValidPerson, ValidProfile with { Capacity = 3, GlobalCapacity = 2 }, null);
        var zero = new SubmitApplicationRequest(ParticipantRole.Mentor, null, ValidPerson, ValidProfile with { GlobalCapacity = 0 }, null);
        var valid = new SubmitApplicationRequest(ParticipantRole.Mentor, null, ValidPerson, ValidProfile with { Capacity = 2, GlobalCapacity = 4 }, null);

        Assert.Equal("globalCapacity is for mentors: leave it out for a mentee.", Assert.Single(Errors(mentee)["profile.globalCapacity"]));
        Assert.Equal("globalCapacity counts this programme too: it must be at least capacity.", Assert.Single(Errors(below)["profile.globalCapacity"]));
        Assert.Contains("profile.globalCapacity", Errors(zero).Keys);
        Assert.Empty(Errors(valid));
    }

    [Fact]
    public void Conflicts_need_a_person_and_a_known_relation()
    {
        var request = new SubmitApplicationRequest(
            ParticipantRole.Mentee, null, ValidPerson, ValidProfile with { Conflicts = [new ConflictInput(null, "uncle")] }, null);

        var errors = Errors(request);

        Assert.Contains("profile.conflicts[0].personId", errors.Keys);
        Assert.Contains("profile.conflicts[0].relation", errors.Keys);
    }

    [Fact]
    public void A_birth_date_that_makes_the_applicant_a_child_is_refused()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var request = new SubmitApplicationRequest(
            ParticipantRole.Mentee, null, ValidPerson with { BirthDate = today.AddYears(-10) }, ValidProfile, null);

        Assert.Contains("person.birthDate", Errors(request).Keys);
    }
}
