namespace Mentorship.Enrollment.Domain;

/// <summary>Who applied. Personal details stay in Enrollment: events carry the person id only.</summary>
public sealed record ApplicantPerson(
    string FirstName,
    string LastName,
    string Email,
    string? Phone,
    DateOnly? BirthDate,
    string Language)
{
    public int? AgeOn(DateOnly day)
    {
        if (BirthDate is not { } born)
            return null;
        var age = day.Year - born.Year;
        return born.AddYears(age) > day ? age - 1 : age;
    }
}
