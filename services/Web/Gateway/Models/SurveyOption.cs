namespace Mentorship.Web.Gateway.Models;

public sealed record SurveyOption(string Id, string Label);
