using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Apis.Validation;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Enrollment.Tests.Apis;

public sealed class CreateProgrammeRequestValidatorTests
{
    private static readonly CreateProgrammeRequestValidator Validator = new();

    private static Dictionary<string, string[]> Errors(CreateProgrammeRequest request) =>
        ValidationFilter<CreateProgrammeRequest>.ToErrors(Validator.Validate(request));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_template_is_one_error_saying_it_is_required_and_which_exist(string? templateId)
    {
        var errors = Errors(new CreateProgrammeRequest(templateId, "MentorYou Brussels", "2026", null, null, null, null, null));

        var error = Assert.Single(Assert.Single(errors).Value);
        Assert.StartsWith("templateId is required", error, StringComparison.Ordinal);
        Assert.Contains("mentoryou", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_and_cohorts_are_limited_to_their_columns()
    {
        var errors = Errors(new CreateProgrammeRequest("cjsm", new string('n', 201), new string('c', 51), null, null, null, null, null));

        Assert.Equal(["cohort", "name"], errors.Keys.Order());
        Assert.Contains("200", errors["name"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_of_a_single_day_and_capacities_at_their_limits_are_valid()
    {
        var errors = Errors(new CreateProgrammeRequest("pollem", "POLLEM", "2026", null, null, null, null, null,
            new ApplicationWindowInput(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1)), new CapacityInput(1, 100_000), 100_000));

        Assert.Empty(errors);
    }

    [Fact]
    public void A_window_closing_before_it_opens_is_named_by_its_closing_day()
    {
        var errors = Errors(new CreateProgrammeRequest("pollem", "POLLEM", "2026", null, null, null, null, null,
            new ApplicationWindowInput(new DateOnly(2026, 9, 2), new DateOnly(2026, 9, 1))));

        Assert.Equal("applicationWindow.closesOn", Assert.Single(errors).Key);
    }
}
