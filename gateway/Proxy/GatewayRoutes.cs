using Mentorship.ServiceDefaults.Hosting;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.Gateway.Proxy;

/// <summary>
/// The route table: which service answers which public path (docs/api.md). Paths reach the service
/// unchanged. Where one service's paths sit under another's wider prefix (/api/programmes/{id}/pairs
/// under /api/programmes), the wider prefix is a <see cref="Fallback"/>, tried only when no
/// <see cref="Specific"/> row matches.
/// </summary>
public static class GatewayRoutes
{
    public const int Specific = 0;
    public const int Fallback = 100;

    /// <summary>JSON bodies are small; this keeps a client from streaming megabytes into a service.</summary>
    public const long JsonBodyLimit = 1024 * 1024;

    /// <summary>CSV or XLSX application files of a whole cohort.</summary>
    public const long ImportBodyLimit = 20 * 1024 * 1024;

    /// <summary>The prefix the web front end is served under; its own PathBase.</summary>
    public const string FrontEnd = "/app";

    public static IReadOnlyList<GatewayRoute> All { get; } =
    [
        // Enrollment: templates, programmes with their settings and applications, people's data.
        new("/api/programme-templates/{**rest}", Enrollment),
        new("/api/programmes/{programmeId}/applications/import", Enrollment) { MaxRequestBodySize = ImportBodyLimit },
        new("/api/programmes/{**rest}", Enrollment) { Order = Fallback },
        new("/api/applications/{**rest}", Enrollment),
        new("/api/people/{**rest}", Enrollment),
        new("/api/me/applications/{**rest}", Enrollment),
        // A pair member's view of their partner: Enrollment holds the profiles (more specific than Pairing's /api/pairs).
        new("/api/pairs/{pairId}/partner", Enrollment),

        // Matching
        new("/api/programmes/{programmeId}/matching-rounds/{**rest}", Matching),
        new("/api/programmes/{programmeId}/matching/{**rest}", Matching),
        new("/api/matching-rounds/{**rest}", Matching),

        // Pairing: a pair and its sub-resources, except its messages and thread.
        new("/api/programmes/{programmeId}/pairs/{**rest}", Pairing),
        new("/api/programmes/{programmeId}/alerts/{**rest}", Pairing),
        new("/api/programmes/{programmeId}/referents/{**rest}", Pairing),
        new("/api/pairs/{**rest}", Pairing) { Order = Fallback },
        new("/api/me/pairs/{**rest}", Pairing),

        // Messaging, with the real-time hub (WebSockets, server-sent events or long polling).
        new("/api/pairs/{pairId}/messages/{**rest}", Messaging),
        new("/api/pairs/{pairId}/thread/{**rest}", Messaging),
        new("/api/me/notifications/{**rest}", Messaging),
        new("/api/me/unread/{**rest}", Messaging),
        new("/api/me/concerns/{**rest}", Messaging),
        new("/api/concerns/{**rest}", Messaging),
        new("/api/programmes/{programmeId}/concerns/{**rest}", Messaging),
        new("/api/programmes/{programmeId}/concern-escalation/{**rest}", Messaging),
        new("/hubs/messaging/{**rest}", Messaging),
        new("/api/me/mail-settings/{**rest}", Messaging),
        new("/api/programmes/{programmeId}/mail-settings/{**rest}", Messaging),
        new("/api/ops/mails/{**rest}", Messaging),
        // A mail's unsubscribe link is followed from a mail client, signed out: its token is the credential.
        new("/api/mail/unsubscribe", Messaging) { Anonymous = true },

        // Evaluation
        new("/api/survey-templates/{**rest}", Evaluation),
        new("/api/me/surveys/{**rest}", Evaluation),
        new("/api/surveys/{**rest}", Evaluation),
        new("/api/programmes/{programmeId}/reports/{**rest}", Evaluation),
        new("/api/programmes/{programmeId}/check-ins", Evaluation),
        // Reports across programmes (the roll-up of a template's programmes).
        new("/api/reports/{**rest}", Evaluation),

        // Identity: the OpenID Connect protocol and the sign-in by code are anonymous by nature; staff
        // roles need a token, and sit under Enrollment's /api/programmes as a Specific row.
        new("/.well-known/{**rest}", ResourceNames.Identity) { Anonymous = true },
        new("/connect/{**rest}", ResourceNames.Identity) { Anonymous = true },
        new("/api/sign-in/{**rest}", ResourceNames.Identity) { Anonymous = true },
        new("/api/programmes/{programmeId}/staff/{**rest}", ResourceNames.Identity),
        // A person's own display name and preferred language.
        new("/api/me/profile/{**rest}", ResourceNames.Identity),

        // The web front end: its pages, scripts and interactive connection, for everyone (its pages
        // send people to sign in; it calls the API routes above with their token).
        new($"{FrontEnd}/{{**rest}}", ResourceNames.Web) { Anonymous = true },

        // Each service's OpenAPI document, public for the API reference: /openapi/matching.json
        // is matching's /openapi/v1.json.
        .. Services.Select(service => new GatewayRoute($"/openapi/{service}.json", service)
        {
            Anonymous = true,
            ServicePath = "/openapi/v1.json",
        }),
    ];
}
