namespace Mentorship.Enrollment.Domain;

/// <summary>
/// The days on which participants apply themselves, both inclusive, as dates in Brussels; either end may
/// be left open. Staff entering or importing applications (partner-led recruitment) are not bound by it.
/// </summary>
public sealed record ApplicationWindow(DateOnly? OpensOn, DateOnly? ClosesOn)
{
    public static readonly ApplicationWindow Always = new(null, null);

    public bool Includes(DateOnly day) => (OpensOn is null || day >= OpensOn) && (ClosesOn is null || day <= ClosesOn);
}
