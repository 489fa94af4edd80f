namespace Mentorship.Evaluation.Domain.Templates;

/// <summary>How a question is answered: an integer on a scale, yes or no, a multi-select of options, or free text.</summary>
public enum ItemType
{
    Scale,
    YesNo,
    MultiChoice,
    Text,
}
