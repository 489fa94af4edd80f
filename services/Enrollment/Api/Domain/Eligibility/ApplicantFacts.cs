using System.Text.Json;

namespace Mentorship.Enrollment.Domain.Eligibility;

/// <summary>What the rules look at: the application's answers and the applicant's age on the day it was evaluated.</summary>
public sealed record ApplicantFacts(IReadOnlyDictionary<string, JsonElement> Answers, int? Age, DateOnly Today)
{
    public static ApplicantFacts Of(JsonDocument answers, ApplicantPerson person, DateTimeOffset on)
    {
        var today = DateOnly.FromDateTime(on.UtcDateTime);
        return new(answers.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()), person.AgeOn(today), today);
    }
}
