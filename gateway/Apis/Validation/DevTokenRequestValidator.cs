using FluentValidation;
using Mentorship.Gateway.Apis.Models;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Gateway.Apis.Validation;

public sealed class DevTokenRequestValidator : AbstractValidator<DevTokenRequest>
{
    public DevTokenRequestValidator()
    {
        RuleFor(r => r.Sub).NotEmpty()
            .Must(BeAnId).When(r => !string.IsNullOrEmpty(r.Sub))
            .WithMessage("'sub' must be the person id, a non-empty GUID.");
        RuleFor(r => r.Name).NotEmpty();
        RuleForEach(r => r.Roles)
            .Must(role => role is not null && PlatformRoles.All.Contains(role))
            .WithMessage($"Each role must be one of: {string.Join(", ", PlatformRoles.All.Order())}.");
        RuleForEach(r => r.Programmes)
            .Must(BeAnId)
            .WithMessage("Each programme must be a programme id, a non-empty GUID.");
    }

    private static bool BeAnId(string? value) => Guid.TryParse(value, out var id) && id != Guid.Empty;
}
