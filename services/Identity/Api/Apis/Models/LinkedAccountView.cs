namespace Mentorship.Identity.Apis.Models;

/// <summary>An institution's account that signs the person in (its subject stays here: it names nobody elsewhere).</summary>
public sealed record LinkedAccountView(string Provider, string? Institution, DateTimeOffset LinkedAt);
