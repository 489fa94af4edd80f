using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.AppHost.Hosting;

/// <summary>
/// The platform as an Aspire AppHost would declare it. A reference gives the project
/// ConnectionStrings__{name} (a database, the broker, the cache) or services__{name}__http__0 (a project),
/// and the project waits for it, and for its migrations, before it starts.
/// </summary>
public static class Topology
{
    /// <summary>One PostgreSQL server holds every service's database.</summary>
    public static IReadOnlyList<string> Databases { get; } = [.. Services.Select(DatabaseOf)];

    public static IReadOnlyList<ProjectDefinition> Projects { get; } =
    [
        //  resource    project file                                              migrations    references
        new(Enrollment, "services/Enrollment/Api/Mentorship.Enrollment.csproj", EnrollmentDb, [EnrollmentDb, EventBus]),
        new(Matching,   "services/Matching/Api/Mentorship.Matching.csproj",     MatchingDb,   [MatchingDb, EventBus, Cache]),
        new(Pairing,    "services/Pairing/Api/Mentorship.Pairing.csproj",       PairingDb,    [PairingDb, EventBus]),
        new(Messaging,  "services/Messaging/Api/Mentorship.Messaging.csproj",   MessagingDb,  [MessagingDb, EventBus, Cache]),
        new(Evaluation, "services/Evaluation/Api/Mentorship.Evaluation.csproj", EvaluationDb, [EvaluationDb, EventBus]),
        new(Gateway,    "gateway/Mentorship.Gateway.csproj",                    null,         [Enrollment, Matching, Pairing, Messaging, Evaluation, Cache])
        {
            Optional = true,
        },
    ];
}
