namespace Mentorship.Enrollment.Domain.Consents;

/// <summary>
/// The privacy notice a consent refers to. A consent names the version the person read, so that a
/// later notice does not silently stand behind consents given to an earlier one.
/// </summary>
public static class PrivacyNotice
{
    public const string CurrentVersion = "2026-12";

    /// <summary>Versions a consent may still be recorded against (the newest last).</summary>
    public static readonly IReadOnlyList<string> Versions = [CurrentVersion];
}
