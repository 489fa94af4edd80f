namespace Mentorship.Web.Gateway.Models;

/// <summary>The consent that holds in one programme, and the privacy notice a new statement refers to.</summary>
public sealed record ConsentState(string? NoticeVersion, bool ContactSharing, bool Research, DateTimeOffset RecordedAt, string CurrentNoticeVersion);
