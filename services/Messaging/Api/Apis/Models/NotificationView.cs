using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Apis.Models;

/// <summary>
/// A notification in the reader's language, with the ids a front end links to (the pair's decision page,
/// the survey). <see cref="StaffProgrammeId"/> is set on one addressed to the programme's staff as a whole.
/// </summary>
public sealed record NotificationView(
    Guid Id,
    NotificationKind Kind,
    NotificationLanguage Language,
    string Title,
    string Body,
    Guid? ProgrammeId,
    Guid? PairId,
    Guid? SurveyId,
    Guid? ConcernId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    Guid? StaffProgrammeId = null,
    int? AlertLevel = null,
    DateTimeOffset? ResolvedAt = null)
{
    public bool Read => ReadAt is not null;

    public static NotificationView From(Notification notification, NotificationLanguage language) =>
        From(notification, language, notification.ReadAt);

    /// <summary>With the reader's own read time, for one addressed to the programme's staff.</summary>
    public static NotificationView From(Notification notification, NotificationLanguage language, DateTimeOffset? readAt)
    {
        var text = NotificationTexts.For(notification, language);
        return new NotificationView(
            notification.Id,
            notification.Kind,
            language,
            text.Title,
            text.Body,
            notification.ProgrammeId,
            notification.PairId,
            notification.SurveyId,
            notification.ConcernId,
            notification.CreatedAt,
            readAt,
            notification.StaffProgrammeId,
            notification.AlertLevel,
            notification.ResolvedAt);
    }
}
