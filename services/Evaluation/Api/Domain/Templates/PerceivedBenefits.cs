namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>
/// The perceived benefits POLLEM counted in its students' answers (2019-2021), as the options of the
/// "benefits" multi-select of every closure survey. "Constellation" became network-belonging.
/// </summary>
public static class PerceivedBenefits
{
    public static readonly IReadOnlyList<ItemOption> All =
    [
        new("support", new("Soutien", "Support")),
        new("information", new("Informations, réponses à mes questions", "Information and answers")),
        new("reassurance", new("Réassurance (stress, inquiétudes)", "Reassurance (stress, worries)")),
        new("advice-guidance", new("Conseils, guidance", "Advice and guidance")),
        new("self-confidence", new("Confiance en soi, assurance", "Self-confidence")),
        new("positive-outlook", new("Regard positif", "Positive outlook")),
        new("openness", new("Ouverture, autre regard", "Openness to other views")),
        new("someone-is-there", new("Quelqu'un est là", "Someone is there")),
        new("motivation", new("Motivation", "Motivation")),
        new("listening", new("Écoute", "Listening")),
        new("help", new("Aide", "Help")),
        new("the-mentor-as-a-person", new("Le mentor (le prof) en tant que personne", "The mentor (the teacher) as a person")),
        new("method", new("Méthode", "Method")),
        new("kindness-empathy", new("Bienveillance, empathie", "Kindness and empathy")),
        new("perseverance", new("Persévérance", "Perseverance")),
        new("the-profession", new("Le métier", "The profession")),
        new("exchanges", new("Échanges", "Exchanges")),
        new("comfort", new("Réconfort", "Comfort")),
        new("encouragement", new("Encouragement", "Encouragement")),
        new("adaptation-to-higher-education", new("Adaptation à l'enseignement supérieur", "Adaptation to higher education")),
        new("progress", new("Évolution, progrès", "Progress")),
        new("self-questioning", new("Remise en question", "Self-questioning")),
        new("feedback", new("Feedback", "Feedback")),
        new("network-belonging", new("Appartenance à un réseau", "Belonging to a network")),
    ];
}
