namespace Mentorship.Web.Gateway.Models;

public sealed record PartnerContact(string? Email, string? Phone);
