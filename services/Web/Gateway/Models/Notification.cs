namespace Mentorship.Web.Gateway.Models;

/// <summary>An in-app notification in the reader's language, with the pair or survey it is about.</summary>
public sealed record Notification(
    Guid Id,
    string Kind,
    string Title,
    string Body,
    Guid? PairId,
    Guid? SurveyId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt)
{
    public bool Read => ReadAt is not null;
}
