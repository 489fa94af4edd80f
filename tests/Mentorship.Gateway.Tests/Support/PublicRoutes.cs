using Mentorship.ServiceDefaults.Hosting;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

namespace Mentorship.Gateway.Tests.Support;

/// <summary>
/// Every route of docs/api.md, and the routes the services map beside them, with the service
/// that must answer it. Ids are fixed so that test names stay stable; queries are part of the path
/// the service must receive unchanged.
/// </summary>
public static class PublicRoutes
{
    private const string Programme = "3f2a1c4e-8b7d-4e21-9a0b-5c6d7e8f9a01";
    private const string Application = "0b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8";
    private const string Person = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
    private const string Round = "1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5";
    private const string Pair = "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a";
    private const string Concern = "4c5d6e7f-8091-4a2b-bc3d-4e5f60718293";
    private const string Notification = "5d6e7f80-91a2-4b3c-8d4e-5f6071829304";
    private const string Meeting = "2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6071";
    private const string Survey = "6e7f8091-a2b3-4c4d-9e5f-607182930415";
    private const string FollowUpEntry = "8f9a0b1c-2d3e-4f50-a162-738495a6b7c8";

    public static TheoryData<string, string, string> All => new()
    {
        // Enrollment
        { "GET", "/api/programme-templates", Enrollment },
        { "POST", "/api/programmes", Enrollment },
        { "GET", "/api/programmes?page=2&pageSize=20", Enrollment },
        { "GET", $"/api/programmes/{Programme}", Enrollment },
        { "POST", $"/api/programmes/{Programme}/applications", Enrollment },
        { "GET", $"/api/programmes/{Programme}/applications?role=mentee&status=submitted", Enrollment },
        { "POST", $"/api/programmes/{Programme}/applications/import", Enrollment },
        { "GET", $"/api/applications/{Application}", Enrollment },
        { "POST", $"/api/applications/{Application}/preparation/individual-interview", Enrollment },
        { "POST", $"/api/applications/{Application}/approve", Enrollment },
        { "POST", $"/api/applications/{Application}/reject", Enrollment },
        { "POST", $"/api/applications/{Application}/withdraw", Enrollment },
        { "PUT", $"/api/applications/{Application}/consent", Enrollment },
        { "DELETE", $"/api/people/{Person}", Enrollment },
        { "GET", "/api/me/applications?page=1&pageSize=20", Enrollment },
        { "GET", $"/api/pairs/{Pair}/partner", Enrollment },

        // Matching
        { "POST", $"/api/programmes/{Programme}/matching-rounds", Matching },
        { "GET", $"/api/matching-rounds/{Round}", Matching },
        { "POST", $"/api/matching-rounds/{Round}/publish", Matching },
        { "PUT", $"/api/programmes/{Programme}/matching/weights", Matching },
        { "POST", $"/api/programmes/{Programme}/matching/appreciations", Matching },

        // Pairing
        { "GET", $"/api/programmes/{Programme}/pairs?status=active&atRisk=true", Pairing },
        { "GET", $"/api/programmes/{Programme}/pairs/export?format=csv", Pairing },
        { "GET", $"/api/pairs/{Pair}", Pairing },
        { "POST", $"/api/pairs/{Pair}/mentor-decision", Pairing },
        { "POST", $"/api/pairs/{Pair}/mentee-decision", Pairing },
        { "POST", $"/api/pairs/{Pair}/first-meeting", Pairing },
        { "POST", $"/api/pairs/{Pair}/contract/sign", Pairing },
        { "PUT", $"/api/pairs/{Pair}/action-plan", Pairing },
        { "POST", $"/api/pairs/{Pair}/meetings", Pairing },
        { "GET", $"/api/pairs/{Pair}/meetings/{Meeting}", Pairing },
        { "POST", $"/api/pairs/{Pair}/close", Pairing },
        { "GET", "/api/me/pairs", Pairing },
        { "PUT", $"/api/pairs/{Pair}/referent", Pairing },
        { "GET", $"/api/pairs/{Pair}/follow-up?page=1&pageSize=20", Pairing },
        { "POST", $"/api/pairs/{Pair}/follow-up", Pairing },
        { "GET", $"/api/pairs/{Pair}/follow-up/{FollowUpEntry}", Pairing },
        { "PUT", $"/api/pairs/{Pair}/closing-interview/mentee", Pairing },
        { "GET", $"/api/programmes/{Programme}/referents", Pairing },
        { "PUT", $"/api/programmes/{Programme}/referents/me", Pairing },

        // Messaging
        { "GET", $"/api/pairs/{Pair}/messages?page=1&pageSize=50", Messaging },
        { "POST", $"/api/pairs/{Pair}/messages", Messaging },
        { "GET", $"/api/pairs/{Pair}/thread", Messaging },
        { "POST", $"/api/pairs/{Pair}/thread/invitations", Messaging },
        { "GET", "/api/me/notifications", Messaging },
        { "POST", $"/api/me/notifications/{Notification}/read", Messaging },
        { "POST", "/api/me/notifications/read-all", Messaging },
        { "GET", "/api/me/unread", Messaging },
        { "GET", "/api/me/concerns", Messaging },
        { "POST", "/api/concerns", Messaging },
        { "GET", $"/api/concerns/{Concern}", Messaging },
        { "POST", $"/api/concerns/{Concern}/acknowledge", Messaging },
        { "POST", $"/api/concerns/{Concern}/start", Messaging },
        { "POST", $"/api/concerns/{Concern}/resolve", Messaging },
        { "POST", $"/api/concerns/{Concern}/escalate", Messaging },
        { "GET", $"/api/programmes/{Programme}/concern-escalation", Messaging },
        { "PUT", $"/api/programmes/{Programme}/concern-escalation", Messaging },
        { "GET", $"/api/programmes/{Programme}/concerns", Messaging },
        { "POST", "/hubs/messaging/negotiate?negotiateVersion=1", Messaging },
        { "GET", "/api/me/mail-settings", Messaging },
        { "PUT", "/api/me/mail-settings", Messaging },
        { "PUT", $"/api/programmes/{Programme}/mail-settings", Messaging },
        { "GET", "/api/ops/mails?status=failed&page=1&pageSize=50", Messaging },
        { "POST", $"/api/ops/mails/{Notification}/retry", Messaging },

        // Evaluation
        { "GET", "/api/survey-templates", Evaluation },
        { "GET", "/api/me/surveys", Evaluation },
        { "GET", $"/api/surveys/{Survey}", Evaluation },
        { "POST", $"/api/surveys/{Survey}/responses", Evaluation },
        { "GET", $"/api/programmes/{Programme}/reports/outcomes", Evaluation },
        { "GET", $"/api/programmes/{Programme}/reports/effects", Evaluation },
        { "GET", $"/api/programmes/{Programme}/reports/benefits", Evaluation },
        { "GET", $"/api/programmes/{Programme}/reports/export?format=xlsx", Evaluation },
        { "GET", $"/api/programmes/{Programme}/reports/before-after?role=mentee", Evaluation },
        { "GET", $"/api/programmes/{Programme}/reports/cohort-comparison?with={Programme}", Evaluation },
        { "POST", $"/api/programmes/{Programme}/check-ins", Evaluation },
        { "GET", $"/api/programmes/{Programme}/reports/effects?format=pdf", Evaluation },
        { "GET", "/api/reports/rollup?template=team-mentorship", Evaluation },
        { "GET", "/api/reports/rollup?template=team-mentorship&format=xlsx", Evaluation },

        // Identity: staff roles per programme (the protocol and sign-in rows are in Anonymous, below)
        { "GET", $"/api/programmes/{Programme}/staff", ResourceNames.Identity },
        { "POST", $"/api/programmes/{Programme}/staff", ResourceNames.Identity },
        { "DELETE", $"/api/programmes/{Programme}/staff/{Person}/coordinator", ResourceNames.Identity },
        { "GET", "/api/me/profile", ResourceNames.Identity },
        { "PUT", "/api/me/profile", ResourceNames.Identity },
    };

    /// <summary>Routes that must reach their service without a token: OpenID Connect and sign-in by code.</summary>
    public static TheoryData<string, string, string> Anonymous => new()
    {
        { "GET", "/.well-known/openid-configuration", ResourceNames.Identity },
        { "GET", "/.well-known/jwks", ResourceNames.Identity },
        { "GET", "/connect/authorize?client_id=web&response_type=code&code_challenge=abc&code_challenge_method=S256", ResourceNames.Identity },
        { "POST", "/connect/token", ResourceNames.Identity },
        { "POST", "/api/sign-in/code", ResourceNames.Identity },
        { "POST", "/api/sign-in/verify", ResourceNames.Identity },
        { "POST", "/connect/sign-in/external", ResourceNames.Identity },
        { "GET", "/connect/external/uclouvain/callback?code=abc&state=def", ResourceNames.Identity },

        // The web front end: its pages (which send people to sign in), assets and sign-in form.
        { "GET", "/app", ResourceNames.Web },
        { "GET", $"/app/p/{Programme}/apply?role=mentee", ResourceNames.Web },
        { "GET", "/app/_framework/blazor.web.js", ResourceNames.Web },
        { "POST", "/app/signin/dev", ResourceNames.Web },
    };
}
