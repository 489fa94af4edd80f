namespace Mentorship.EndToEnd.Tests;

/// <summary>The journeys through the API, the privacy test, the code sign-in and the monitoring pages in the browser.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
