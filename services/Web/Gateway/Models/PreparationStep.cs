namespace Mentorship.Web.Gateway.Models;

public sealed record PreparationStep(string Id, string Description);
