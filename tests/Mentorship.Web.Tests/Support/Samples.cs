namespace Mentorship.Web.Tests.Support;

/// <summary>Answers shaped as Enrollment gives them (camelCase, kebab-case enums), with fresh ids.</summary>
public static class Samples
{
    public static string Programme(Guid id, string templateId = "mentoryou") => $$"""
        {
          "id": "{{id}}", "templateId": "{{templateId}}", "name": "MentorYou Brussels", "cohort": "2026-2027",
          "meetingsPerMonth": 2, "durationMonths": 6, "privacyNoticeVersion": "2026-12",
          "mentee": {
            "eligibility": [
              { "id": "work-permit", "description": "Has a work permit", "kind": "answer-is-true", "answer": "workPermit" },
              { "id": "working-french", "description": "Working French", "kind": "minimum-language-level", "answer": "frenchLevel", "minimumLevel": "B1" },
              { "id": "early-career", "description": "Early career", "kind": "any-of", "anyOf": [
                  { "id": "under-35", "description": "Under 35", "kind": "maximum-age", "maximum": 34 },
                  { "id": "recent-thesis", "description": "Recent thesis", "kind": "maximum-years-since", "answer": "thesisYear", "maximum": 5 } ] }
            ],
            "preparation": [ { "id": "individual-interview", "description": "Individual interview" } ]
          },
          "mentor": { "eligibility": [], "preparation": [] }
        }
        """;

    public static string Application(Guid id, Guid programmeId, string status = "submitted", bool interviewDone = false) => $$"""
        {
          "id": "{{id}}", "programmeId": "{{programmeId}}", "role": "mentee", "status": "{{status}}", "eligible": true,
          "eligibility": [ { "rule": "work-permit", "passed": true, "evidence": "workPermit = true", "description": "Has a work permit", "outcome": "Met" } ],
          "preparation": [ { "step": "individual-interview", "description": "Individual interview", "done": {{(interviewDone ? "true" : "false")}} } ],
          "person": { "firstName": "Amina", "lastName": "Diallo", "email": "amina@example.org", "language": "fr" },
          "submittedAt": "2026-12-01T10:00:00Z"
        }
        """;

    public static string ValidationProblem(string field, string message) => $$"""
        { "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400,
          "errors": { "{{field}}": [ "{{message}}" ] } }
        """;

    public static string Conflict(string title) => $$"""{ "title": "{{title}}", "status": 409 }""";
}
