namespace Mentorship.Web.Tests.Support;

/// <summary>Answers shaped as Pairing, Messaging and Evaluation give them to the console's monitoring pages.</summary>
public static class MonitoringSamples
{
    public static string PairsPage(int page, int total, params string[] rows) =>
        $$"""{ "items": [ {{string.Join(",", rows)}} ], "page": {{page}}, "pageSize": 20, "total": {{total}} }""";

    public static string Pair(Guid pairId, Guid menteeId, Guid mentorId, string alerts = "") => $$"""
        {
          "pairId": "{{pairId}}", "menteeId": "{{menteeId}}", "mentorId": "{{mentorId}}", "referentId": null, "status": "active",
          "proposedAt": "2026-10-01T10:00:00Z", "activatedAt": "2026-10-10T10:00:00Z", "meetingsHeld": 1, "meetingsExpected": 4,
          "lastMeetingOn": "2026-10-20", "lastContactOn": "2026-11-02", "goalsDone": 1, "goalsTotal": 3, "termOn": "2027-04-10",
          "closedAt": null, "outcome": null, "atRisk": {{(alerts.Length > 0 ? "true" : "false")}}, "alerts": [ {{alerts}} ]
        }
        """;

    public static string Alert(Guid alertId, bool acknowledged = false) => $$"""
        { "id": "{{alertId}}", "kind": "behind-cadence", "level": 2, "since": "2026-11-20T08:00:00Z", "acknowledged": {{(acknowledged ? "true" : "false")}} }
        """;

    public static string AcknowledgedAlert(Guid alertId, Guid pairId) => $$"""
        { "id": "{{alertId}}", "pairId": "{{pairId}}", "programmeId": "{{Guid.NewGuid()}}", "kind": "behind-cadence", "level": 2,
          "state": "acknowledged", "raisedAt": "2026-11-20T08:00:00Z", "acknowledgedAt": "2026-12-01T09:00:00Z" }
        """;

    public static string ApprovedApplications(params (Guid PersonId, string FirstName)[] people) => $$"""
        { "items": [ {{string.Join(",", people.Select(p => $$"""
            { "id": "{{Guid.NewGuid()}}", "personId": "{{p.PersonId}}", "firstName": "{{p.FirstName}}", "lastName": "Test", "role": "mentee",
              "status": "approved", "eligible": true, "preparationDone": 1, "submittedAt": "2026-09-01T10:00:00Z" }
            """))}} ], "page": 1, "pageSize": 200, "total": {{people.Length}} }
        """;

    public static string Concern(Guid concernId, string status = "escalated", string steps = "null") => $$"""
        {
          "id": "{{concernId}}", "programmeId": "{{Guid.NewGuid()}}", "pairId": null, "raisedBy": "{{Guid.NewGuid()}}", "category": "conflict",
          "severity": "high", "lab": null, "text": "We no longer agree on meeting times.", "route": "pair-referent", "status": "{{status}}", "tier": 1,
          "raisedAt": "2026-11-30T10:00:00Z", "acknowledgedAt": null, "respondBy": "2026-12-02T10:00:00Z", "resolvedAt": null, "steps": {{steps}}
        }
        """;

    public const string ConcernSteps = """
        [ { "from": "open", "to": "open", "tier": 0, "actorId": null, "at": "2026-11-30T10:00:00Z", "note": null },
          { "from": "open", "to": "escalated", "tier": 1, "actorId": null, "at": "2026-11-30T12:00:00Z", "note": "No answer from the referent" } ]
        """;

    public static string Effects() => """
        {
          "programmeId": "00000000-0000-0000-0000-000000000001", "respondents": 3,
          "dimensions": [
            { "dimension": "self-confidence", "n": 3, "mean": 2.0, "sd": 1.0, "t": 3.4641, "df": 2, "p": 0.0742, "ci95": [ -0.484, 4.484 ], "significant": false },
            { "dimension": "job-search", "n": 3, "mean": 3.0, "sd": 0.0001, "t": 51961.5, "df": 2, "p": 0.0000004, "ci95": [ 2.9998, 3.0002 ], "significant": true },
            { "dimension": "professional-network", "n": 1, "mean": null, "sd": null, "t": null, "df": null, "p": null, "ci95": null, "significant": false }
          ],
          "byReportedDimensions": null, "byLoggedMeetings": null, "wantedMoreMeetings": []
        }
        """;

    public static string Benefits() => """
        { "programmeId": "00000000-0000-0000-0000-000000000001", "respondents": 6,
          "benefits": [ { "benefit": "self-confidence", "label": "Self-confidence", "count": 5, "share": 0.8333 },
                        { "benefit": "network", "label": "A wider network", "count": 2, "share": 0.3333 } ] }
        """;

    public static string Outcomes() => """
        { "programmeId": "00000000-0000-0000-0000-000000000001", "pairsFormed": 3, "active": 0, "closed": 3, "positiveExits": 3, "negativeExits": 0,
          "byOutcome": [ { "outcome": "job", "positive": true, "count": 1 }, { "outcome": "training", "positive": true, "count": 2 } ],
          "durationDays": { "n": 3, "mean": 12.5, "median": 12 }, "meetingsPerPair": { "n": 3, "mean": 1.3, "median": 1 },
          "responseRates": [ { "group": "all", "assigned": 6, "completed": 6, "rate": 1 } ] }
        """;
}
