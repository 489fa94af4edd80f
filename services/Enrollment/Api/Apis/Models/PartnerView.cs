using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Partners;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>
/// The other member of a pair as the viewer may see them now: before the mentor accepts, the mentor
/// sees the mentee's first name and matching profile only; afterwards both see each other's full name,
/// and contact details when the partner consented to share them.
/// </summary>
public sealed record PartnerView(
    Guid PairId,
    Guid PersonId,
    ParticipantRole Role,
    string FirstName,
    string? LastName,
    string Language,
    PartnerProfileView Profile,
    PartnerContactView? Contact)
{
    public static PartnerView From(PairDisclosure disclosure, Guid viewerId, Application partner)
    {
        var accepted = disclosure.ShowsContactTo(viewerId);
        return new PartnerView(
            disclosure.PairId,
            partner.PersonId,
            partner.Role,
            partner.Person.FirstName,
            accepted ? partner.Person.LastName : null,
            partner.Person.Language,
            PartnerProfileView.From(partner.Profile),
            accepted && partner.Consent.ContactSharing ? new PartnerContactView(partner.Person.Email, partner.Person.Phone) : null);
    }
}
