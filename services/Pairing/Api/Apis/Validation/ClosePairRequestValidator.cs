using FluentValidation;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Pairing.Apis.Validation;

public sealed class ClosePairRequestValidator : AbstractValidator<ClosePairRequest>
{
    public ClosePairRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.Outcome).NotEmpty()
            .Must(outcome => Kebab.Parse<PairOutcome>(outcome) is not null)
            .WithText(PairingTexts.All, "validation.outcome.oneOf", string.Join(", ", Kebab.Names<PairOutcome>()));
        RuleFor(r => r.Notes).MaximumLength(Pair.ClosingNotesMaxLength);
    }
}
