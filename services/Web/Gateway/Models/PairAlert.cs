namespace Mentorship.Web.Gateway.Models;

/// <summary>An unclosed alert of a pair: its kind, how far it was escalated, since when, and whether someone took it in hand.</summary>
public sealed record PairAlert(Guid Id, string Kind, int Level, DateTimeOffset Since, bool Acknowledged);
