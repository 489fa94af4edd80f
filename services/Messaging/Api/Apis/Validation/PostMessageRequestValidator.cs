using FluentValidation;
using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Messaging.Apis.Validation;

public sealed class PostMessageRequestValidator : AbstractValidator<PostMessageRequest>
{
    public PostMessageRequestValidator()
    {
        RuleFor(r => r.Text)
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .WithText(MessagingTexts.All, "validation.text.notEmpty")
            .Must(text => text!.Trim().Length <= ThreadMessage.MaxTextLength)
            .WithText(MessagingTexts.All, "validation.text.maxLength", ThreadMessage.MaxTextLength)
            .When(r => !string.IsNullOrWhiteSpace(r.Text), ApplyConditionTo.CurrentValidator);
    }
}
