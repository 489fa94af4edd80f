namespace Mentorship.Web.Gateway.Models;

/// <summary>The part of Evaluation's effects report the console draws: respondents and a t-test per dimension.</summary>
public sealed record EffectsReport(int Respondents, IReadOnlyList<EffectStatistics> Dimensions);
