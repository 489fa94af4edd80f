namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// Profiles of one side of a round with every code interned: regions and job functions as ids
/// (-1 when missing), ages (null when missing), code lists as <see cref="CodeSetColumn"/>s.
/// Built by <see cref="ProfileVocabulary"/> so that both sides share ids.
/// </summary>
internal sealed class CompiledProfiles
{
    public CompiledProfiles(int count, int[] vocabularySizes)
    {
        Count = count;
        Region = new int[count];
        JobFunction = new int[count];
        Age = new int?[count];
        Sectors = new CodeSetColumn(count, vocabularySizes[0]);
        Background = new CodeSetColumn(count, vocabularySizes[1]);
        Languages = new CodeSetColumn(count, vocabularySizes[2]);
        Expectations = new CodeSetColumn(count, vocabularySizes[3]);
        Hobbies = new CodeSetColumn(count, vocabularySizes[4]);
    }

    public int Count { get; }

    public int[] Region { get; }

    public int[] JobFunction { get; }

    public int?[] Age { get; }

    public CodeSetColumn Sectors { get; }

    public CodeSetColumn Background { get; }

    public CodeSetColumn Languages { get; }

    public CodeSetColumn Expectations { get; }

    public CodeSetColumn Hobbies { get; }
}
