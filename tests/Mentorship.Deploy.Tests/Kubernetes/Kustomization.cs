using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Mentorship.Deploy.Tests.Kubernetes;

/// <summary>
/// The fields of kustomization.yaml (Kustomization or Component) that the manifests use; any other
/// field fails the load, so a test notices a kustomization it does not understand.
/// </summary>
public sealed class Kustomization
{
    public string ApiVersion { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Namespace { get; set; }
    public List<LabelSet> Labels { get; set; } = [];
    public List<string> Resources { get; set; } = [];
    public List<string> Components { get; set; } = [];
    public List<ImageRename> Images { get; set; } = [];
    public List<Patch> Patches { get; set; } = [];

    public sealed class LabelSet
    {
        public Dictionary<string, string> Pairs { get; set; } = [];
    }

    public sealed class ImageRename
    {
        public string Name { get; set; } = "";
        public string? NewName { get; set; }
        public string? NewTag { get; set; }
    }

    public sealed class Patch
    {
        public string? Path { get; set; }
        public string? Inline { get; set; }
        public PatchTarget? Target { get; set; }
    }

    public sealed class PatchTarget
    {
        public string? Kind { get; set; }
        public string? Name { get; set; }
    }

    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithAttributeOverride<Patch>(patch => patch.Inline!, new YamlMemberAttribute { Alias = "patch" })
        .Build();

    public static Kustomization Load(string folder) =>
        Reader.Deserialize<Kustomization>(File.ReadAllText(Path.Combine(folder, "kustomization.yaml")));
}
