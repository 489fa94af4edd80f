using Mentorship.Enrollment.Domain.Templates;
using Mentorship.Enrollment.Resources;

namespace Mentorship.Enrollment.Apis.Models;

public sealed record PreparationStepView(string Id, string Description)
{
    public static PreparationStepView From(PreparationStep step, string language) => new(step.Id, EnrollmentTexts.Step(step.Id, language));
}
