using Mentorship.Enrollment.Domain;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>The matching profile as a partner sees it: what they have in common, without capacities or declared conflicts.</summary>
public sealed record PartnerProfileView(
    string? Region,
    IReadOnlyList<string> Sectors,
    string? JobFunction,
    IReadOnlyList<string> Background,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Expectations,
    IReadOnlyList<string> Hobbies)
{
    public static PartnerProfileView From(ApplicantProfile profile) => new(
        profile.Region, profile.Sectors, profile.JobFunction, profile.Background, profile.Languages, profile.Expectations, profile.Hobbies);
}
