namespace Mentorship.Pairing.Domain;

/// <summary>A meeting of an active pair. The place stays in Pairing; coordinators see only that it happened.</summary>
public sealed class Meeting
{
    public const int PlaceMaxLength = 200;

    public Guid Id { get; init; }

    public Guid PairId { get; init; }

    public DateOnly Date { get; init; }

    public int DurationMinutes { get; init; }

    public string? Place { get; init; }

    public List<MeetingDimension> Dimensions { get; init; } = [];

    public Guid LoggedBy { get; init; }

    public DateTimeOffset LoggedAt { get; init; }

    /// <summary>The same meeting submitted twice (a double click, a retried request) is logged once.</summary>
    public bool SameAs(Meeting other) =>
        Date == other.Date
        && DurationMinutes == other.DurationMinutes
        && string.Equals(Place, other.Place, StringComparison.Ordinal)
        && Dimensions.Order().SequenceEqual(other.Dimensions.Order());
}
