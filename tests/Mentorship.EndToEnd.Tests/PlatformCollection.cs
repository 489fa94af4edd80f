namespace Mentorship.EndToEnd.Tests;

/// <summary>The journeys through the API, the privacy test and the first browser journeys.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
