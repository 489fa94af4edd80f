namespace Mentorship.Gateway.Tests.Proxy;

/// <summary>Tests that set process environment variables: they run alone, so that no other gateway reads them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "Process environment";
}
