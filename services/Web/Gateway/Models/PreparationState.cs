namespace Mentorship.Web.Gateway.Models;

public sealed record PreparationState(string Step, string Description, bool Done);
