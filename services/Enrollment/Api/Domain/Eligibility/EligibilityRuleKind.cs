namespace Mentorship.Enrollment.Domain.Eligibility;

public enum EligibilityRuleKind
{
    /// <summary>The answer is the boolean true ("has a work permit").</summary>
    AnswerIsTrue,

    /// <summary>The answer is one of the allowed values ("thesis stage is middle or final").</summary>
    AnswerIn,

    /// <summary>The answer is a CEFR level at least the minimum ("working French: B1 or above").</summary>
    MinimumLanguageLevel,

    /// <summary>The applicant's age, from the birth date, is at most the maximum.</summary>
    MaximumAge,

    /// <summary>The answer is a year at most the maximum number of years ago ("thesis defended at most 5 years ago").</summary>
    MaximumYearsSince,

    /// <summary>At least one of the nested rules passes ("under 35 or at most 5 years after the thesis").</summary>
    AnyOf,
}
