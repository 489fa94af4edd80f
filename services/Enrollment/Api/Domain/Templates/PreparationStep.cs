namespace Mentorship.Enrollment.Domain.Templates;

/// <summary>A step a participant completes before matching, recorded by staff.</summary>
public sealed record PreparationStep(string Id, string Description);
