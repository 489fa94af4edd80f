namespace Mentorship.Enrollment.Apis.Models;

/// <summary>
/// What the person agrees to for one programme, against the privacy notice version they were shown
/// (GET /api/programmes/{id} gives the current one): sharing contact details with their pair partner
/// once the mentor accepts, and the use of their survey answers in anonymised research exports.
/// </summary>
public sealed record ConsentInput(string? NoticeVersion, bool? ContactSharing, bool? Research);
