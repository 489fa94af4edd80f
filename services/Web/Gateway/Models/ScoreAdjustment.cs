namespace Mentorship.Web.Gateway.Models;

public sealed record ScoreAdjustment(string Kind, double Points, string Reason);
