using System.Reflection;
using k8s;
using k8s.Models;

namespace Mentorship.Deploy.Tests.Kubernetes;

/// <summary>
/// Loads YAML into the client library's typed objects, strictly: a misspelt or misplaced field
/// throws instead of being dropped, as a cluster's server-side validation would reject it.
/// </summary>
public static class ManifestLoader
{
    /// <summary>The operators' kinds the manifests may use, besides Kubernetes' own.</summary>
    public static readonly IReadOnlyList<string> CustomKinds = ["postgresql.cnpg.io/v1/Cluster", "rabbitmq.com/v1beta1/RabbitmqCluster"];

    // A type map given to the loader replaces its default one: Kubernetes' own kinds are listed here too.
    private static readonly Dictionary<string, Type> TypeMap = BuildTypeMap();

    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> LoadFile(string path) => Load(File.ReadAllText(path));

    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Load(string yaml) =>
        [.. KubernetesYaml.LoadAllFromString(yaml, TypeMap, strict: true).Cast<IKubernetesObject<V1ObjectMeta>>()];

    private static Dictionary<string, Type> BuildTypeMap()
    {
        var map = typeof(V1Deployment).Assembly.GetTypes()
            .Select(type => (type, entity: type.GetCustomAttribute<KubernetesEntityAttribute>()))
            .Where(candidate => candidate.entity is not null)
            .GroupBy(candidate => string.IsNullOrEmpty(candidate.entity!.Group)
                ? $"{candidate.entity.ApiVersion}/{candidate.entity.Kind}"
                : $"{candidate.entity.Group}/{candidate.entity.ApiVersion}/{candidate.entity.Kind}")
            .ToDictionary(group => group.Key, group => group.First().type);
        foreach (var kind in CustomKinds)
            map[kind] = typeof(CustomResource);
        return map;
    }
}
