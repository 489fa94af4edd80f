namespace Mentorship.Web.Tests.Support;

/// <summary>Programmes with an application window, capacity and counts, as Enrollment shows them.</summary>
public static class RecruitmentSamples
{
    /// <summary>The settings a coordinator reads: POLLEM's window, capacity, target and where recruitment stands.</summary>
    public static string Settings(Guid programmeId, int revision, string capacityExceededBy = "null") => $$"""
        { "id": "{{programmeId}}", "templateId": "pollem", "name": "POLLEM", "cohort": "2026-2027", "defaultMentorCapacity": 6,
          "meetingsPerMonth": 1, "durationMonths": 9, "alertAfterWeeksWithoutMeeting": 6, "settingsRevision": {{revision}},
          "applicationWindow": { "opensOn": "2026-09-01", "closesOn": "2026-10-15" }, "applicationsOpen": false,
          "capacity": { "mentees": 800, "mentors": 150 }, "targetCohortSize": 800,
          "enrolment": { "menteesApplied": 812, "menteesApproved": 640, "mentorsApplied": 149, "mentorsApproved": 120 },
          "capacityExceededBy": {{capacityExceededBy}} }
        """;

    /// <summary>A participant's view of a programme (no counts) with the given window.</summary>
    public static string Programme(Guid programmeId, bool applicationsOpen, string? opensOn, string? closesOn)
    {
        var programme = System.Text.Json.Nodes.JsonNode.Parse(Samples.Programme(programmeId))!.AsObject();
        programme["applicationWindow"] = new System.Text.Json.Nodes.JsonObject { ["opensOn"] = opensOn, ["closesOn"] = closesOn };
        programme["applicationsOpen"] = applicationsOpen;
        return programme.ToJsonString();
    }
}
