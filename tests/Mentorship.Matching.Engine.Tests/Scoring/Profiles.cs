using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Engine.Tests.Scoring;

/// <summary>Hand-made profiles: everything missing unless a test says otherwise.</summary>
internal static class Profiles
{
    public static ParticipantProfile Make(
        string? region = null,
        string[]? sectors = null,
        string? jobFunction = null,
        string[]? background = null,
        int? age = null,
        string[]? languages = null,
        string[]? expectations = null,
        string[]? hobbies = null,
        ConflictDeclaration[]? conflicts = null) =>
        new(region, sectors ?? [], jobFunction, background ?? [], age, languages ?? [], expectations ?? [], hobbies ?? [], conflicts ?? []);
}
