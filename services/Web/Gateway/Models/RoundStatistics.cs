namespace Mentorship.Web.Gateway.Models;

public sealed record RoundStatistics(int Mentees, int Mentors, int Matched, double TotalScore);
