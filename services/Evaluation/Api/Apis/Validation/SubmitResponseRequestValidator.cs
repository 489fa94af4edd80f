using FluentValidation;
using Mentorship.Evaluation.Apis.Models;
using Mentorship.Evaluation.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Evaluation.Apis.Validation;

/// <summary>The shape of a response; the answers themselves are checked against the survey's questions by the handler.</summary>
public sealed class SubmitResponseRequestValidator : AbstractValidator<SubmitResponseRequest>
{
    public const int MaxAnswers = 100;

    public SubmitResponseRequestValidator()
    {
        RuleFor(r => r.Answers).NotNull().WithText(EvaluationTexts.All, "validation.answers.required");
        RuleFor(r => r.Answers!.Count).LessThanOrEqualTo(MaxAnswers).OverridePropertyName("answers")
            .WithText(EvaluationTexts.All, "validation.answers.max", MaxAnswers)
            .When(r => r.Answers is not null);
    }
}
