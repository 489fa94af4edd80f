using System.Text.Json;
using Mentorship.Enrollment.Domain;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>
/// An application. personId may be given only by programme staff applying for someone; an applicant
/// applies as themselves. answers feed the eligibility rules (workPermit, frenchLevel, ...). Without a
/// consent, the application stands for participation only: no contact sharing, no research use.
/// </summary>
public sealed record SubmitApplicationRequest(
    ParticipantRole? Role,
    Guid? PersonId,
    PersonInput? Person,
    ProfileInput? Profile,
    JsonElement? Answers,
    ConsentInput? Consent = null);
