using Mentorship.Enrollment.Domain.Eligibility;

namespace Mentorship.Enrollment.Domain.Templates;

/// <summary>
/// The five built-in programmes, read from their source documents (shared/seeds). Weights favour what
/// each programme's coordinators match on by hand; rules and steps are the ones the documents state.
/// </summary>
public static class ProgrammeTemplates
{
    private static readonly PreparationStep Interview = new("individual-interview");
    private static readonly PreparationStep InterculturalWorkshop = new("intercultural-workshop");
    private static readonly PreparationStep Onboarding = new("onboarding");
    private static readonly PreparationStep Charter = new("signed-charter");

    /// <summary>The laboratories of the Dialogue inter-lab mentoring, as its call lists them.</summary>
    public static readonly IReadOnlyList<string> DialogueLaboratories = ["ETIS", "LIRIS", "LIX", "STMS", "ISIR"];

    /// <summary>The worlds T'M's mentors come from: "the academic and scientific world, as well as other private, public and voluntary sectors".</summary>
    public static readonly IReadOnlyList<string> TeamMentorshipMentorSectors = ["academic-scientific", "private", "public", "voluntary"];

    /// <summary>MentorYou's mentees are "chercheur·euse·s d'emploi étrangers ou d'origine étrangère".</summary>
    public static readonly IReadOnlyList<string> MentorYouBackgrounds = ["foreign-national", "foreign-origin"];

    /// <summary>The six francophone universities that each run their own T'M programme.</summary>
    public static readonly IReadOnlyList<string> TeamMentorshipUniversities = ["UCLouvain", "ULB", "ULiège", "UMONS", "UNamur", "USL-B"];

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
                EligibilityRule.In("institution", "institution", TeamMentorshipUniversities),
                EligibilityRule.In("thesis-stage", "thesisStage", ["middle", "final"]),
            ],
            [Onboarding, Charter]),
        // "Mentors are experienced professionals from both the academic and scientific world, as well as
        // other private, public and voluntary sectors."
        Mentor: new(
            [
                EligibilityRule.IsTrue("experienced-professional", "experiencedProfessional"),
                EligibilityRule.In("mentor-sector", "sectorOfActivity", TeamMentorshipMentorSectors),
            ],
            [Onboarding, Charter]),
        Institutions: TeamMentorshipUniversities);

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
                EligibilityRule.IsTrue("club-member", "clubMember"),
                // "moins de 35 ans ou maximum 5 ans après la thèse": under 35 is 34 at the most in whole years.
                EligibilityRule.Either("early-career",
                    EligibilityRule.MaxAge("under-35", 34),
                    EligibilityRule.MaxYearsSince("recent-thesis", "thesisYear", 5)),
            ],
            [Charter]),
        Mentor: new(
            [EligibilityRule.IsTrue("senior-member", "seniorSocietyMember")],
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
                // The four conditions: foreign job seeker or of foreign origin with a work permit, gets by
                // in French, actively seeking a job, wants to be accompanied.
                EligibilityRule.In("foreign-background", "foreignBackground", MentorYouBackgrounds),
                EligibilityRule.IsTrue("work-permit", "workPermit"),
                EligibilityRule.LanguageLevel("working-french", "frenchLevel", "B1"),
                EligibilityRule.IsTrue("job-seeking", "activelyJobSeeking"),
                EligibilityRule.IsTrue("wants-mentor", "wantsMentor"),
            ],
            [Interview]),
        Mentor: new(
            [
                EligibilityRule.IsTrue("professionally-active", "professionallyActive"),
                EligibilityRule.IsTrue("meeting-place", "hasMeetingPlace"),
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
            [EligibilityRule.IsTrue("first-year", "firstYearBachelor")],
            []),
        Mentor: new(
            [EligibilityRule.IsTrue("teacher", "teacher")],
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
            [EligibilityRule.In("laboratory", "laboratory", DialogueLaboratories)],
            [Charter]),
        Mentor: new(
            [EligibilityRule.In("laboratory", "laboratory", DialogueLaboratories)],
            [Charter]));

    public static readonly IReadOnlyList<ProgrammeTemplate> All = [TeamMentorship, Cjsm, MentorYou, Pollem, Dialogue];

    public static ProgrammeTemplate? Find(string id) => All.FirstOrDefault(t => t.Id == id);
}
