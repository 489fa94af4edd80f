using Mentorship.Enrollment.Domain.Eligibility;

namespace Mentorship.Enrollment.Domain.Templates;

/// <summary>
/// The five built-in programmes, read from their source documents (shared/seeds). Weights favour what
/// each programme's coordinators match on by hand; rules and steps are the ones the documents state.
/// </summary>
public static class ProgrammeTemplates
{
    private static readonly PreparationStep Interview = new("individual-interview", "Individual interview with the coordinator");
    private static readonly PreparationStep InterculturalWorkshop = new("intercultural-workshop", "Intercultural awareness workshop (3 h)");
    private static readonly PreparationStep Onboarding = new("onboarding", "Onboarding session");
    private static readonly PreparationStep Charter = new("signed-charter", "Signed the programme charter");

    public static readonly ProgrammeTemplate TeamMentorship = new(
        Id: "team-mentorship",
        Name: "Team Mentorship (T'M)",
        Organiser: "UCLouvain, ULB, ULiège, UMONS, UNamur, USL-B with the Fédération Wallonie-Bruxelles",
        Shape: "one-to-one",
        DefaultWeights: new(Geography: 2, Sector: 8, JobFunction: 7, Background: 6, Age: 1, Language: 5, Expectations: 9, Hobbies: 1),
        DefaultMentorCapacity: 1,
        MeetingsPerMonth: 1,
        DurationMonths: 12,
        AlertAfterWeeksWithoutMeeting: 8,
        Mentee: new(
            [
                EligibilityRule.In("institution", "institution", ["UCLouvain", "ULB", "ULiège", "UMONS", "UNamur", "USL-B"],
                    "PhD candidate at one of the six francophone universities"),
                EligibilityRule.In("thesis-stage", "thesisStage", ["middle", "final"],
                    "In the middle or final stage of the thesis (First Stage Researcher R1)"),
            ],
            [Onboarding, Charter]),
        Mentor: new([], [Onboarding, Charter]));

    public static readonly ProgrammeTemplate Cjsm = new(
        Id: "cjsm",
        Name: "CJSM young researchers' mentoring",
        Organiser: "Club des jeunes (CJSM) with its senior society (SFSM)",
        Shape: "one-to-one",
        DefaultWeights: new(Geography: 2, Sector: 6, JobFunction: 6, Background: 7, Age: 1, Language: 5, Expectations: 8, Hobbies: 2),
        DefaultMentorCapacity: 1,
        MeetingsPerMonth: 1,
        DurationMonths: 12,
        AlertAfterWeeksWithoutMeeting: 8,
        Mentee: new(
            [
                EligibilityRule.IsTrue("club-member", "clubMember", "Member of the young researchers' club"),
                EligibilityRule.Either("early-career", "Under 35, or at most 5 years after the thesis",
                    EligibilityRule.MaxAge("under-35", 35, "Aged 35 or less"),
                    EligibilityRule.MaxYearsSince("recent-thesis", "thesisYear", 5, "Thesis defended at most 5 years ago")),
            ],
            [Charter]),
        Mentor: new(
            [EligibilityRule.IsTrue("senior-member", "seniorSocietyMember", "Member of the senior society")],
            [Charter]));

    public static readonly ProgrammeTemplate MentorYou = new(
        Id: "mentoryou",
        Name: "MentorYou job-seeker mentoring",
        Organiser: "Pour la Solidarité with employment partners",
        Shape: "one-to-one",
        DefaultWeights: new(Geography: 8, Sector: 9, JobFunction: 8, Background: 4, Age: 1, Language: 6, Expectations: 7, Hobbies: 2),
        DefaultMentorCapacity: 1,
        MeetingsPerMonth: 2,
        DurationMonths: 6,
        AlertAfterWeeksWithoutMeeting: 3,
        Mentee: new(
            [
                EligibilityRule.IsTrue("work-permit", "workPermit", "Holds a work permit"),
                EligibilityRule.LanguageLevel("working-french", "frenchLevel", "B1", "Working French (CEFR B1 or above)"),
                EligibilityRule.IsTrue("job-seeking", "activelyJobSeeking", "Actively seeking a job"),
                EligibilityRule.IsTrue("wants-mentor", "wantsMentor", "Wants to be accompanied by a mentor"),
            ],
            [Interview]),
        Mentor: new(
            [
                EligibilityRule.IsTrue("professionally-active", "professionallyActive", "Professionally active"),
                EligibilityRule.IsTrue("meeting-place", "hasMeetingPlace", "Can receive the mentee at the workplace"),
            ],
            [Interview, InterculturalWorkshop]));

    public static readonly ProgrammeTemplate Pollem = new(
        Id: "pollem",
        Name: "POLLEM first-year mentoring",
        Organiser: "University teaching-support programme",
        Shape: "one-to-many",
        DefaultWeights: new(Geography: 1, Sector: 7, JobFunction: 2, Background: 6, Age: 0, Language: 5, Expectations: 8, Hobbies: 3),
        DefaultMentorCapacity: 6,
        MeetingsPerMonth: 1,
        DurationMonths: 9,
        AlertAfterWeeksWithoutMeeting: 6,
        Mentee: new(
            [EligibilityRule.IsTrue("first-year", "firstYearBachelor", "First-year bachelor student")],
            []),
        Mentor: new(
            [EligibilityRule.IsTrue("teacher", "teacher", "Teaches in the programme")],
            [Onboarding]));

    public static readonly ProgrammeTemplate Dialogue = new(
        Id: "dialogue",
        Name: "Dialogue inter-laboratory peer mentoring",
        Organiser: "ETIS, LIRIS, LIX, STMS, ISIR laboratories",
        Shape: "one-to-one",
        DefaultWeights: new(Geography: 3, Sector: 2, JobFunction: 3, Background: 5, Age: 1, Language: 6, Expectations: 9, Hobbies: 3),
        DefaultMentorCapacity: 1,
        MeetingsPerMonth: 1,
        DurationMonths: 6,
        AlertAfterWeeksWithoutMeeting: 8,
        Mentee: new(
            [EligibilityRule.IsTrue("lab-member", "labMember", "Member of a participating laboratory")],
            [Charter]),
        Mentor: new(
            [EligibilityRule.IsTrue("lab-member", "labMember", "Member of a participating laboratory")],
            [Charter]));

    public static readonly IReadOnlyList<ProgrammeTemplate> All = [TeamMentorship, Cjsm, MentorYou, Pollem, Dialogue];

    public static ProgrammeTemplate? Find(string id) => All.FirstOrDefault(t => t.Id == id);
}
