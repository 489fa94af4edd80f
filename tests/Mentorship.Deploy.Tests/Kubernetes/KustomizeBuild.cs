using k8s;
using k8s.Models;

namespace Mentorship.Deploy.Tests.Kubernetes;

/// <summary>
/// What `kubectl apply -k` would be given, resolved as far as the tests need: the files a
/// kustomization takes in through its resources and components (folders recursively), their
/// objects, and the overlays' namespace, image renames and patches. Patches are not applied.
/// </summary>
public sealed class KustomizeBuild
{
    public static readonly string KubernetesFolder = Repository.PathOf("deploy", "kubernetes");

    public List<string> Kustomizations { get; } = [];
    public List<string> ManifestFiles { get; } = [];
    public List<string> PatchFiles { get; } = [];
    public List<IKubernetesObject<V1ObjectMeta>> Objects { get; } = [];
    public List<Kustomization.ImageRename> Images { get; } = [];
    public List<Kustomization.Patch> Patches { get; } = [];
    public string? Namespace { get; private set; }

    public static KustomizeBuild Of(params string[] folder)
    {
        var build = new KustomizeBuild();
        build.Add(Path.Combine([KubernetesFolder, .. folder]));
        return build;
    }

    public IEnumerable<T> OfType<T>() => Objects.OfType<T>();

    public T Named<T>(string name) where T : IKubernetesObject<V1ObjectMeta> =>
        Objects.OfType<T>().SingleOrDefault(item => item.Metadata.Name == name)
        ?? throw new InvalidOperationException($"No {typeof(T).Name} named {name}.");

    /// <summary>The image a container will run once the overlay's renames are applied.</summary>
    public string Renamed(string image)
    {
        var rename = Images.SingleOrDefault(candidate => candidate.Name == image);
        return rename is null ? image : $"{rename.NewName ?? image}:{rename.NewTag ?? "latest"}";
    }

    private void Add(string folder)
    {
        var kustomization = Kustomization.Load(folder);
        Kustomizations.Add(Path.Combine(folder, "kustomization.yaml"));
        Namespace ??= kustomization.Namespace;
        Images.AddRange(kustomization.Images);
        Patches.AddRange(kustomization.Patches);
        PatchFiles.AddRange(kustomization.Patches.Where(patch => patch.Path is not null).Select(patch => Path.GetFullPath(Path.Combine(folder, patch.Path!))));

        foreach (var resource in kustomization.Resources.Concat(kustomization.Components).Select(entry => Path.GetFullPath(Path.Combine(folder, entry))))
        {
            if (Directory.Exists(resource))
            {
                Add(resource);
                continue;
            }

            if (!File.Exists(resource))
                throw new FileNotFoundException($"{folder}/kustomization.yaml names {resource}, which does not exist.");
            ManifestFiles.Add(resource);
            Objects.AddRange(ManifestLoader.LoadFile(resource));
        }
    }
}
