namespace Mentorship.EndToEnd.Tests;

/// <summary>
/// The whole journey in the browser (<see cref="Browser.WebWholeJourneyTests"/>): on the same platform as <see cref="PlatformCollection"/>
/// (see <see cref="PlatformFixture"/>), in a collection of their own so that xunit runs them beside it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SecondLaneCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform, second lane";
}
