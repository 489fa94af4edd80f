namespace Mentorship.Web.Gateway.Models;

/// <summary>An institution's account that signs the person in.</summary>
public sealed record LinkedAccount(string Provider, string? Institution, DateTimeOffset LinkedAt);
