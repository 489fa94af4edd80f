namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging;

/// <summary>Tests that stop the shared broker run one at a time, never beside other broker tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrokerCollection
{
    public const string Name = "broker";
}
