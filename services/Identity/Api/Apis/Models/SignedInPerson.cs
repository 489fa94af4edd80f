namespace Mentorship.Identity.Apis.Models;

public sealed record SignedInPerson(Guid PersonId, string Name, string Locale);
