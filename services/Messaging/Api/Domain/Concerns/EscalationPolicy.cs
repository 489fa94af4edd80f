namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>
/// Whom a programme's concerns go up to: the time the pair's referent (tier 0) has to acknowledge one,
/// then tiers of contacts, each with its own time. A programme with labs (Dialogue) may set one per lab;
/// a concern naming a lab without its own policy follows the programme's (lab "").
/// </summary>
public sealed class EscalationPolicy
{
    public const int MaxTiers = 5;
    public const int MaxContactsPerTier = 10;
    public const int MaxLabLength = 40;

    public Guid ProgrammeId { get; init; }

    /// <summary>"" for the whole programme.</summary>
    public string Lab { get; init; } = "";

    public TimeSpan FirstResponseWithin { get; set; }

    public List<EscalationTier> Tiers { get; set; } = [];

    public Guid UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The tier a concern at <paramref name="tier"/> goes up to, or null when it is at the last one.</summary>
    public EscalationTier? Above(int tier) => tier < Tiers.Count ? Tiers[tier] : null;

    public bool Lists(Guid personId) => Tiers.Any(t => t.Contacts.Contains(personId));
}
