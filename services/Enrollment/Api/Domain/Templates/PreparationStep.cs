namespace Mentorship.Enrollment.Domain.Templates;

/// <summary>A step a participant completes before matching, recorded by staff. Its words are in the texts, under "step.{Id}".</summary>
public sealed record PreparationStep(string Id);
