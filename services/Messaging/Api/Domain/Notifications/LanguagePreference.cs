namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>The language a person asked to be notified in, as their latest approved application said.</summary>
public sealed class LanguagePreference
{
    public Guid PersonId { get; init; }

    public NotificationLanguage Language { get; private set; }

    /// <summary>When the application that chose it was approved; an older approval arriving late does not win.</summary>
    public DateTimeOffset ChosenAt { get; private set; }

    public static LanguagePreference Choose(Guid personId, NotificationLanguage language, DateTimeOffset chosenAt) =>
        new() { PersonId = personId, Language = language, ChosenAt = chosenAt };

    public bool Update(NotificationLanguage language, DateTimeOffset chosenAt)
    {
        if (chosenAt < ChosenAt)
            return false;
        Language = language;
        ChosenAt = chosenAt;
        return true;
    }
}
