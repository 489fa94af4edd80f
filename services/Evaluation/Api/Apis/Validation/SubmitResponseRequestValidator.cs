using FluentValidation;
using Mentorship.Evaluation.Apis.Models;

namespace Mentorship.Evaluation.Apis.Validation;

/// <summary>The shape of a response; the answers themselves are checked against the survey's questions by the handler.</summary>
public sealed class SubmitResponseRequestValidator : AbstractValidator<SubmitResponseRequest>
{
    public const int MaxAnswers = 100;

    public SubmitResponseRequestValidator()
    {
        RuleFor(r => r.Answers).NotNull().WithMessage("answers is required: an object of item id to answer.");
        RuleFor(r => r.Answers!.Count).LessThanOrEqualTo(MaxAnswers).OverridePropertyName("answers")
            .WithMessage($"answers may hold at most {MaxAnswers} items.")
            .When(r => r.Answers is not null);
    }
}
