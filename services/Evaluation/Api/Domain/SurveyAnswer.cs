using Mentorship.Evaluation.Domain.Templates;

namespace Mentorship.Evaluation.Domain;

/// <summary>
/// One stored answer: a scale or yes/no value (yes = 1), a free text, or one selected option of a
/// multi-select (one row per option, so benefits are counted in the database). Programme and measure
/// are copied here so reports read one indexed table.
/// </summary>
public sealed class SurveyAnswer
{
    /// <summary>Option of rows that are not a multi-select choice (part of the key, so never null).</summary>
    public const string NoOption = "";

    /// <summary>The longest free text the column holds; a text item may ask for less, never more.</summary>
    public const int TextMaxLength = 2000;

    public Guid SurveyId { get; init; }

    public Guid ProgrammeId { get; init; }

    public required string ItemId { get; init; }

    public required string Option { get; init; }

    public ItemMeasure Measure { get; init; }

    public int? Value { get; init; }

    public string? Text { get; init; }
}
