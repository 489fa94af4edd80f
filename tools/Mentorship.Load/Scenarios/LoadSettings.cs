namespace Mentorship.Load.Scenarios;

/// <summary>The bounds of every measured run: at most <see cref="Requests"/> requests and <see cref="Duration"/> each, after <see cref="Warmup"/> unmeasured ones.</summary>
public sealed record LoadSettings(Uri Gateway, int Requests, TimeSpan Duration, int Warmup);
