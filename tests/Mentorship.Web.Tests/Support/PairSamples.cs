namespace Mentorship.Web.Tests.Support;

/// <summary>Answers shaped as Pairing, Messaging and Enrollment give them for a pair (camelCase, kebab-case enums).</summary>
public static class PairSamples
{
    public static string Pair(
        Guid pairId, Guid menteeId, Guid mentorId, string status,
        string? menteeSignedAt = null, string meetings = "[]", string goals = "[]", string? planUpdatedAt = null) => $$"""
        {
          "id": "{{pairId}}", "programmeId": "{{Guid.NewGuid()}}", "roundId": "{{Guid.NewGuid()}}",
          "menteeId": "{{menteeId}}", "mentorId": "{{mentorId}}", "status": "{{status}}",
          "proposedAt": "2026-11-20T10:00:00Z", "mentorDecision": null, "firstMeeting": null,
          "contract": { "menteeSignedAt": {{Json(menteeSignedAt)}}, "mentorSignedAt": null },
          "activatedAt": null, "meetingsHeld": 0, "lastMeetingOn": null, "meetings": {{meetings}},
          "goalsProgress": { "done": 0, "total": 0 },
          "actionPlan": { "goals": {{goals}}, "updatedAt": {{Json(planUpdatedAt)}}, "updatedBy": null },
          "closure": null, "referentId": null
        }
        """;

    public static string MyPairs(params (Guid PairId, string Role, string Status, bool AwaitingYou)[] pairs) => $$"""
        { "items": [ {{string.Join(",", pairs.Select(p => $$"""
            { "pairId": "{{p.PairId}}", "programmeId": "{{Guid.NewGuid()}}", "menteeId": "{{Guid.NewGuid()}}", "mentorId": "{{Guid.NewGuid()}}",
              "role": "{{p.Role}}", "status": "{{p.Status}}", "proposedAt": "2026-11-20T10:00:00Z", "activatedAt": null, "closedAt": null,
              "awaitingYou": {{(p.AwaitingYou ? "true" : "false")}} }
            """))}} ], "page": 1, "pageSize": 20, "total": {{pairs.Length}} }
        """;

    public static string Partner(Guid pairId, string role, bool withContact, string sectors = """["logistics"]""") => $$"""
        {
          "pairId": "{{pairId}}", "personId": "{{Guid.NewGuid()}}", "role": "{{role}}", "firstName": "Amina", "lastName": "Diallo", "language": "fr",
          "profile": { "region": "BE-BRU", "sectors": {{sectors}}, "jobFunction": "operations", "background": ["engineering"],
                       "languages": ["fr", "en"], "expectations": ["job-search"], "hobbies": ["football"] },
          "contact": {{(withContact ? """{ "email": "amina@example.org", "phone": "+32 470 00 00 00" }""" : "null")}}
        }
        """;

    public static string Message(Guid pairId, Guid senderId, string text, string postedAt = "2026-12-01T10:00:00Z") => $$"""
        { "id": "{{Guid.NewGuid()}}", "pairId": "{{pairId}}", "senderId": "{{senderId}}", "text": "{{text}}", "postedAt": "{{postedAt}}" }
        """;

    public static string Messages(int total, params string[] newestFirst) => $$"""
        { "items": [ {{string.Join(",", newestFirst)}} ], "page": 1, "pageSize": 20, "total": {{total}}, "readOnly": false }
        """;

    public static string Notification(Guid id, Guid? pairId, bool read) => $$"""
        { "id": "{{id}}", "kind": "mentee-proposed", "language": "en", "title": "A mentee is proposed to you", "body": "Open the pair to decide.",
          "programmeId": null, "pairId": {{Json(pairId?.ToString())}}, "surveyId": null, "concernId": null,
          "createdAt": "2026-12-01T09:00:00Z", "readAt": {{(read ? "\"2026-12-01T09:30:00Z\"" : "null")}} }
        """;

    public static string Notifications(int unread, params string[] items) => $$"""
        { "items": [ {{string.Join(",", items)}} ], "page": 1, "pageSize": 20, "total": {{items.Length}}, "unread": {{unread}} }
        """;

    private static string Json(string? value) => value is null ? "null" : $"\"{value}\"";
}
