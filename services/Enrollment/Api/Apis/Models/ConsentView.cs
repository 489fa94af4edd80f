using Mentorship.Enrollment.Domain.Consents;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>The consent that holds now; participation is implied by an active application.</summary>
public sealed record ConsentView(string? NoticeVersion, bool ContactSharing, bool Research, DateTimeOffset RecordedAt, string CurrentNoticeVersion)
{
    public static ConsentView From(ConsentRecord consent) =>
        new(consent.NoticeVersion, consent.ContactSharing, consent.Research, consent.RecordedAt, PrivacyNotice.CurrentVersion);
}
