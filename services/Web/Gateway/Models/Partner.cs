namespace Mentorship.Web.Gateway.Models;

/// <summary>
/// The other member of a pair, as Enrollment shows them to the caller (/api/pairs/{pairId}/partner): the
/// matching profile, and the contact details once the mentor accepted and only when the partner consented.
/// </summary>
public sealed record Partner(
    Guid PairId,
    Guid PersonId,
    string Role,
    string FirstName,
    string LastName,
    string Language,
    PartnerProfile Profile,
    PartnerContact? Contact);
