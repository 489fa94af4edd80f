namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// Interns the codes of a round's profiles (trimmed, case ignored, as <see cref="PairScorer"/>
/// compares them) so scoring compares ints and bitsets instead of strings. Belgian provinces take
/// the first region ids so that their distances come from a table.
/// </summary>
internal sealed class ProfileVocabulary
{
    private const int SetColumns = 5;

    private readonly Dictionary<string, int> _regions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _jobFunctions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>[] _sets =
        Enumerable.Range(0, SetColumns).Select(_ => new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)).ToArray();

    public ProfileVocabulary()
    {
        foreach (var province in BelgianProvinces.Codes)
        {
            _regions.Add(province, _regions.Count);
        }
    }

    public void Register(IEnumerable<ParticipantProfile> profiles)
    {
        foreach (var profile in profiles)
        {
            Intern(_regions, profile.Region);
            Intern(_jobFunctions, profile.JobFunction);
            var lists = SetsOf(profile);
            for (var c = 0; c < SetColumns; c++)
            {
                foreach (var code in lists[c])
                {
                    Intern(_sets[c], code);
                }
            }
        }
    }

    /// <summary>Compiles profiles whose codes were all registered before.</summary>
    public CompiledProfiles Compile(IReadOnlyList<ParticipantProfile> profiles)
    {
        var compiled = new CompiledProfiles(profiles.Count, _sets.Select(s => s.Count).ToArray());
        CodeSetColumn[] columns = [compiled.Sectors, compiled.Background, compiled.Languages, compiled.Expectations, compiled.Hobbies];
        for (var row = 0; row < profiles.Count; row++)
        {
            var profile = profiles[row];
            compiled.Region[row] = Lookup(_regions, profile.Region);
            compiled.JobFunction[row] = Lookup(_jobFunctions, profile.JobFunction);
            compiled.Age[row] = profile.Age;
            var lists = SetsOf(profile);
            for (var c = 0; c < SetColumns; c++)
            {
                foreach (var code in lists[c])
                {
                    if (!string.IsNullOrWhiteSpace(code))
                    {
                        columns[c].Add(row, _sets[c][code.Trim()]);
                    }
                }
            }
        }

        return compiled;
    }

    private static IReadOnlyList<string>[] SetsOf(ParticipantProfile p) => [p.Sectors, p.Background, p.Languages, p.Expectations, p.Hobbies];

    private static void Intern(Dictionary<string, int> ids, string? code)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            ids.TryAdd(code.Trim(), ids.Count);
        }
    }

    private static int Lookup(Dictionary<string, int> ids, string? code) =>
        string.IsNullOrWhiteSpace(code) ? -1 : ids[code.Trim()];
}
