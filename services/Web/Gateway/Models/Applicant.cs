namespace Mentorship.Web.Gateway.Models;

public sealed record Applicant(string FirstName, string LastName, string Email, string Language);
