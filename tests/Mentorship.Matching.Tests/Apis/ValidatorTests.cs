using Mentorship.Matching.Apis.Models;
using Mentorship.Matching.Apis.Validation;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Matching.Tests.Apis;

public sealed class ValidatorTests
{
    private static Dictionary<string, string[]> Errors(AppreciationRequest request) =>
        ValidationFilter<AppreciationRequest>.ToErrors(new AppreciationRequestValidator().Validate(request));

    [Theory]
    [InlineData("bonus", 10.0, true)]
    [InlineData("malus", 100.0, true)]
    [InlineData("bonus", 0.0, false)]
    [InlineData("bonus", null, false)]
    [InlineData("malus", 101.0, false)]
    [InlineData("pin", null, true)]
    [InlineData("forbid", 5.0, false)]
    public void Points_go_with_bonus_and_malus_only(string kind, double? value, bool valid)
    {
        var errors = Errors(new AppreciationRequest(Guid.NewGuid(), Guid.NewGuid(), kind, value, "Coordinator's judgement"));

        Assert.Equal(valid, !errors.ContainsKey("value"));
    }

    [Fact]
    public void An_unknown_kind_and_a_missing_reason_are_named()
    {
        var errors = Errors(new AppreciationRequest(Guid.NewGuid(), Guid.NewGuid(), "love", null, " "));

        Assert.Equal("kind must be one of: bonus, malus, pin, forbid.", Assert.Single(errors["kind"]));
        Assert.True(errors.ContainsKey("reason"));
    }

    [Fact]
    public void Weights_need_all_eight_within_range_and_one_above_zero()
    {
        var validator = new WeightsRequestValidator();

        var missing = ValidationFilter<WeightsRequest>.ToErrors(validator.Validate(new WeightsRequest(11, null, 1, 1, 1, 1, 1, 1)));
        var zeros = ValidationFilter<WeightsRequest>.ToErrors(validator.Validate(new WeightsRequest(0, 0, 0, 0, 0, 0, 0, 0)));
        var fine = ValidationFilter<WeightsRequest>.ToErrors(validator.Validate(new WeightsRequest(0, 0, 0, 0, 0, 0, 0, 10)));

        Assert.Equal(["geography", "sector"], missing.Keys.Order());
        Assert.Equal(["weights"], zeros.Keys);
        Assert.Empty(fine);
    }
}
