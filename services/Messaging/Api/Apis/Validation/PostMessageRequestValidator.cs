using FluentValidation;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Threads;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class PostMessageRequestValidator : AbstractValidator<PostMessageRequest>
{
    public PostMessageRequestValidator()
    {
        RuleFor(r => r.Text)
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessage("text must not be empty.")
            .Must(text => text!.Trim().Length <= ThreadMessage.MaxTextLength)
            .WithMessage($"text must be at most {ThreadMessage.MaxTextLength} characters.")
            .When(r => !string.IsNullOrWhiteSpace(r.Text), ApplyConditionTo.CurrentValidator);
    }
}
