namespace Mentorship.ServiceDefaults.Hosting;

/// <summary>
/// Names of the resources as an Aspire AppHost would declare them. They are the configuration keys
/// (ConnectionStrings__{name}, services__{name}__http__0, OTEL_SERVICE_NAME), shared by the AppHost,
/// the services, the tests and the deploy manifests.
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string EventBus = "eventbus";
    public const string Cache = "cache";

    /// <summary>The SMTP server Messaging sends mail through: "smtp://[user:password@]host:port[?security=none|starttls|tls]".</summary>
    public const string Mail = "mail";

    public const string Enrollment = "enrollment";
    public const string Matching = "matching";
    public const string Pairing = "pairing";
    public const string Messaging = "messaging";
    public const string Evaluation = "evaluation";
    public const string Gateway = "gateway";

    /// <summary>The OpenID Connect provider: people, sign-in, staff roles per programme; not a domain service.</summary>
    public const string Identity = "identity";

    /// <summary>The browser front end (services/Web), which the gateway serves under /app.</summary>
    public const string Web = "web";

    public const string EnrollmentDb = "enrollmentdb";
    public const string MatchingDb = "matchingdb";
    public const string PairingDb = "pairingdb";
    public const string MessagingDb = "messagingdb";
    public const string EvaluationDb = "evaluationdb";
    public const string IdentityDb = "identitydb";

    /// <summary>The five domain services, in the order the AppHost starts them.</summary>
    public static readonly IReadOnlyList<string> Services = [Enrollment, Matching, Pairing, Messaging, Evaluation];

    /// <summary>Every service behind the gateway, each with its own database: the domain services and Identity. Each holds personal data: an export asks every one, an erasure waits for every one.</summary>
    public static readonly IReadOnlyList<string> Backends = [.. Services, Identity];

    /// <summary>The database each service owns.</summary>
    public static string DatabaseOf(string service) => service + "db";
}
