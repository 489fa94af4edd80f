namespace Mentorship.Web.Tests.Support;

/// <summary>Answers shaped as Matching (and Enrollment's approved applications) give them to the matching page.</summary>
public static class MatchingSamples
{
    public static string Round(Guid roundId, string status, string? phase = null, double fraction = 0, string proposals = "", int proposalsTotal = 0) => $$"""
        {
          "round": { "id": "{{roundId}}", "programmeId": "{{Guid.NewGuid()}}", "kind": "round", "mode": "max-participation", "status": "{{status}}",
                     "progress": { "phase": {{(phase is null ? "null" : $"\"{phase}\"")}}, "fraction": {{fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)}} },
                     "requestedAt": "2026-12-01T10:00:00Z", "completedAt": null, "publishedAt": null, "error": null },
          "stats": {{(status is "completed" or "published" ? """{ "mentees": 2, "mentors": 1, "matched": 1, "totalScore": 61.5 }""" : "null")}},
          "proposals": { "items": [ {{proposals}} ], "page": 1, "pageSize": 20, "total": {{proposalsTotal}} },
          "unmatched": { "items": [], "page": 1, "pageSize": 20, "total": 0 }
        }
        """;

    public static string Proposal(Guid menteeId, Guid mentorId) => $$"""
        {
          "menteeId": "{{menteeId}}", "mentorId": "{{mentorId}}", "score": 61.5, "pinned": false, "status": "proposed", "pairId": null, "skipReason": null,
          "criteria": [
            { "criterion": "sector", "weight": 3, "value": 1, "contribution": 30, "reason": "shared sector logistics" },
            { "criterion": "job-function", "weight": 2, "value": 0.5, "contribution": 10, "reason": "related functions" }
          ],
          "adjustments": [ { "kind": "bonus", "points": 5, "reason": "coordinator: met at the fair" } ],
          "alternatives": []
        }
        """;

    public static string Rounds(string items = "", int total = 0) => $$"""
        { "items": [ {{items}} ], "page": 1, "pageSize": 10, "total": {{total}} }
        """;

    public static string RoundSummary(Guid roundId, string status) => $$"""
        { "id": "{{roundId}}", "programmeId": "{{Guid.NewGuid()}}", "kind": "round", "mode": "max-score", "status": "{{status}}",
          "progress": { "phase": null, "fraction": 1 }, "requestedAt": "2026-12-01T10:00:00Z", "completedAt": null, "publishedAt": null, "error": null }
        """;

    /// <summary>Approved applications of a mentee and a mentor, with the person ids Matching knows them by.</summary>
    public static string Approved(Guid menteeId, Guid mentorId) => $$"""
        { "items": [
            { "id": "{{Guid.NewGuid()}}", "personId": "{{menteeId}}", "firstName": "Amina", "lastName": "Diallo", "role": "mentee", "status": "approved",
              "eligible": true, "preparationDone": 1, "submittedAt": "2026-12-01T10:00:00Z" },
            { "id": "{{Guid.NewGuid()}}", "personId": "{{mentorId}}", "firstName": "Marc", "lastName": "Peeters", "role": "mentor", "status": "approved",
              "eligible": true, "preparationDone": 0, "submittedAt": "2026-12-01T10:00:00Z" } ],
          "page": 1, "pageSize": 200, "total": 2 }
        """;

    public static string Settings(Guid programmeId, int revision, string name = "MentorYou Brussels", int durationMonths = 6) => $$"""
        { "id": "{{programmeId}}", "templateId": "mentoryou", "name": "{{name}}", "cohort": "2026-2027", "defaultMentorCapacity": 2,
          "meetingsPerMonth": 2, "durationMonths": {{durationMonths}}, "alertAfterWeeksWithoutMeeting": 4, "settingsRevision": {{revision}},
          "mentee": { "eligibility": [], "preparation": [] }, "mentor": { "eligibility": [], "preparation": [] } }
        """;
}
