using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Mentorship.Deploy.Tests.Kubernetes;

/// <summary>
/// An operator's resource (CloudNativePG Cluster, RabbitmqCluster): its metadata is checked like any
/// object's; its spec belongs to the operator's schema, which the client library does not know.
/// </summary>
public sealed class CustomResource : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public Dictionary<string, object> Spec { get; set; } = [];
}
