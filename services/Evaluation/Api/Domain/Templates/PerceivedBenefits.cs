namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>
/// The perceived benefits POLLEM counted in its students' answers (2019-2021), as the options of the
/// "benefits" multi-select of every closure survey. "Constellation" became network-belonging.
/// </summary>
public static class PerceivedBenefits
{
    public static readonly IReadOnlyList<ItemOption> All =
    [
        Benefit("support"),
        Benefit("information"),
        Benefit("reassurance"),
        Benefit("advice-guidance"),
        Benefit("self-confidence"),
        Benefit("positive-outlook"),
        Benefit("openness"),
        Benefit("someone-is-there"),
        Benefit("motivation"),
        Benefit("listening"),
        Benefit("help"),
        Benefit("the-mentor-as-a-person"),
        Benefit("method"),
        Benefit("kindness-empathy"),
        Benefit("perseverance"),
        Benefit("the-profession"),
        Benefit("exchanges"),
        Benefit("comfort"),
        Benefit("encouragement"),
        Benefit("adaptation-to-higher-education"),
        Benefit("progress"),
        Benefit("self-questioning"),
        Benefit("feedback"),
        Benefit("network-belonging"),
    ];

    private static ItemOption Benefit(string id) => new(id, new($"benefit.{id}"));
}
