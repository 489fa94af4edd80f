namespace Mentorship.Web.Gateway.Models;

/// <summary>Evaluation's roll-up of one template's programmes: a row per institution the reader may see, and the federation total.</summary>
public sealed record RollupReport(string Template, int MinimumRespondents, IReadOnlyList<RollupRow> Rows, RollupRow Total);

/// <summary>One institution's programmes summed (Institution null: programmes that name none, or the total).</summary>
public sealed record RollupRow(
    string? Institution,
    int Programmes,
    int PairsFormed,
    int Active,
    int Closed,
    int PositiveExits,
    int NegativeExits,
    MeasureSummary DurationDays,
    int Meetings,
    int Respondents,
    bool Suppressed);
