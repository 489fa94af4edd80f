using Mentorship.Messaging.Domain.Notifications;

namespace Mentorship.Messaging.Apis.Models;

/// <summary>A notification in the reader's language, with the ids a front end links to (the pair's decision page, the survey).</summary>
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
    DateTimeOffset? ReadAt)
{
    public bool Read => ReadAt is not null;

    public static NotificationView From(Notification notification, NotificationLanguage language)
    {
        var text = NotificationTexts.For(notification.Kind, language);
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
            notification.ReadAt);
    }
}
