using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Http;

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
            .WithText(PairingTexts.All, "validation.kind.oneOf", string.Join(", ", Kebab.Names<FollowUpKind>()));
        RuleFor(r => r.HeldOn)
            .Must(heldOn => heldOn is null || heldOn <= CalendarDays.LatestPossible(clock.GetUtcNow()))
            .WithText(PairingTexts.All, "validation.heldOn.contactPast");

        When(r => Kebab.Parse<FollowUpKind>(r.Kind) == FollowUpKind.Contact, () =>
        {
            RuleFor(r => r.With).NotEmpty()
                .Must(with => Kebab.Parse<ContactSide>(with) is not null)
                .WithText(PairingTexts.All, "validation.with.oneOf", string.Join(", ", Kebab.Names<ContactSide>()));
            RuleFor(r => r.Channel).NotEmpty()
                .Must(channel => Kebab.Parse<ContactChannel>(channel) is not null)
                .WithText(PairingTexts.All, "validation.channel.oneOf", string.Join(", ", Kebab.Names<ContactChannel>()));
            RuleFor(r => r.HeldOn).NotNull();
            RuleFor(r => r.Summary).NotEmpty().MaximumLength(FollowUpEntry.TextMaxLength);
            RuleFor(r => r.Progress).Null().WithText(PairingTexts.All, "validation.progress.meetingNoteOnly");
            RuleFor(r => r.NextActions).Null().WithText(PairingTexts.All, "validation.nextActions.meetingNoteOnly");
            RuleFor(r => r.DueOn).Null().WithText(PairingTexts.All, "validation.dueOn.meetingNoteOnly");
        });

        When(r => Kebab.Parse<FollowUpKind>(r.Kind) == FollowUpKind.MeetingNote, () =>
        {
            RuleFor(r => r.Progress).NotEmpty().MaximumLength(FollowUpEntry.TextMaxLength);
            RuleFor(r => r.NextActions)
                .Must(actions => actions is null || actions.Count <= FollowUpEntry.MaxNextActions)
                .WithText(PairingTexts.All, "validation.nextActions.max", FollowUpEntry.MaxNextActions);
            RuleForEach(r => r.NextActions).NotEmpty().MaximumLength(FollowUpEntry.NextActionMaxLength);
            RuleFor(r => r.With).Null().WithText(PairingTexts.All, "validation.with.contactOnly");
            RuleFor(r => r.Channel).Null().WithText(PairingTexts.All, "validation.channel.contactOnly");
            RuleFor(r => r.Summary).Null().WithText(PairingTexts.All, "validation.summary.contactOnly");
        });
    }
}
