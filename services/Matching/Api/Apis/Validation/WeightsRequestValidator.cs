using FluentValidation;
using Mentorship.Matching.Apis.Models;
using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Matching.Apis.Validation;

public sealed class WeightsRequestValidator : AbstractValidator<WeightsRequest>
{
    public WeightsRequestValidator()
    {
        Weight(w => w.Geography);
        Weight(w => w.Sector);
        Weight(w => w.JobFunction);
        Weight(w => w.Background);
        Weight(w => w.Age);
        Weight(w => w.Language);
        Weight(w => w.Expectations);
        Weight(w => w.Hobbies);
        RuleFor(w => w)
            .Must(w => new[] { w.Geography, w.Sector, w.JobFunction, w.Background, w.Age, w.Language, w.Expectations, w.Hobbies }.Any(v => v > 0))
            .WithName("weights")
            .WithText(MatchingTexts.All, "validation.weights.anyAboveZero");
    }

    private void Weight(System.Linq.Expressions.Expression<Func<WeightsRequest, double?>> weight) =>
        RuleFor(weight).NotNull().InclusiveBetween(0, CriterionWeights.MaxWeight);
}
