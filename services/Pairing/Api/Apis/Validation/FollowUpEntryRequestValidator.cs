using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Validation;

/// <summary>Each kind has its own fields; a field of the other kind is refused rather than silently dropped.</summary>
public sealed class FollowUpEntryRequestValidator : AbstractValidator<FollowUpEntryRequest>
{
    public FollowUpEntryRequestValidator(TimeProvider clock)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.EntryId).NotEqual(Guid.Empty);
        RuleFor(r => r.Kind).NotEmpty()
            .Must(kind => Kebab.Parse<FollowUpKind>(kind) is not null)
            .WithMessage($"kind must be one of: {string.Join(", ", Kebab.Names<FollowUpKind>())}.");
        RuleFor(r => r.HeldOn)
            .Must(heldOn => heldOn is null || heldOn <= CalendarDays.LatestPossible(clock.GetUtcNow()))
            .WithMessage("heldOn cannot be in the future: log a contact once it has taken place.");

        When(r => Kebab.Parse<FollowUpKind>(r.Kind) == FollowUpKind.Contact, () =>
        {
            RuleFor(r => r.With).NotEmpty()
                .Must(with => Kebab.Parse<ContactSide>(with) is not null)
                .WithMessage($"with must be one of: {string.Join(", ", Kebab.Names<ContactSide>())}.");
            RuleFor(r => r.Channel).NotEmpty()
                .Must(channel => Kebab.Parse<ContactChannel>(channel) is not null)
                .WithMessage($"channel must be one of: {string.Join(", ", Kebab.Names<ContactChannel>())}.");
            RuleFor(r => r.HeldOn).NotNull();
            RuleFor(r => r.Summary).NotEmpty().MaximumLength(FollowUpEntry.TextMaxLength);
            RuleFor(r => r.Progress).Null().WithMessage("progress belongs to a meeting note; leave it out of a contact.");
            RuleFor(r => r.NextActions).Null().WithMessage("nextActions belong to a meeting note; leave them out of a contact.");
            RuleFor(r => r.DueOn).Null().WithMessage("dueOn belongs to a meeting note; leave it out of a contact.");
        });

        When(r => Kebab.Parse<FollowUpKind>(r.Kind) == FollowUpKind.MeetingNote, () =>
        {
            RuleFor(r => r.Progress).NotEmpty().MaximumLength(FollowUpEntry.TextMaxLength);
            RuleFor(r => r.NextActions)
                .Must(actions => actions is null || actions.Count <= FollowUpEntry.MaxNextActions)
                .WithMessage($"nextActions has at most {FollowUpEntry.MaxNextActions} items.");
            RuleForEach(r => r.NextActions).NotEmpty().MaximumLength(FollowUpEntry.NextActionMaxLength);
            RuleFor(r => r.With).Null().WithMessage("with belongs to a contact; leave it out of a meeting note.");
            RuleFor(r => r.Channel).Null().WithMessage("channel belongs to a contact; leave it out of a meeting note.");
            RuleFor(r => r.Summary).Null().WithMessage("summary belongs to a contact; leave it out of a meeting note.");
        });
    }
}
