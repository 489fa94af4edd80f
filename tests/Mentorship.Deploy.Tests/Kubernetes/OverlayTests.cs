using k8s.Models;
using Mentorship.Deploy.Tests.Images;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Deploy.Tests.Kubernetes;

public class OverlayTests
{
    public static TheoryData<string> Overlays => ["federation", "single-university"];

    [Fact]
    public void A_manifest_with_an_unknown_field_does_not_load()
    {
        const string Misspelt = """
            apiVersion: v1
            kind: Service
            metadata: { name: gateway }
            spec:
              selectr: { app.kubernetes.io/name: gateway }
            """;

        Assert.ThrowsAny<Exception>(() => ManifestLoader.Load(Misspelt));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void An_overlay_deploys_every_service_the_gateway_and_the_dashboard_into_its_namespace(string overlay)
    {
        var build = KustomizeBuild.Of("overlays", overlay);

        Assert.Equal("mentorship", build.Namespace);
        Assert.Equal("mentorship", build.Named<V1Namespace>("mentorship").Metadata.Name);
        var deployments = build.OfType<V1Deployment>().Select(deployment => deployment.Metadata.Name).ToHashSet();
        Assert.All<string>([.. ResourceNames.Backends, ResourceNames.Gateway, ResourceNames.Web, "dashboard"], name => Assert.Contains(name, deployments));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void An_overlays_patches_change_objects_it_contains(string overlay)
    {
        var build = KustomizeBuild.Of("overlays", overlay);

        foreach (var file in build.PatchFiles)
        {
            foreach (var patch in ManifestLoader.LoadFile(file))
                Assert.Contains(build.Objects, item => item.Kind == patch.Kind && item.Metadata.Name == patch.Metadata.Name);
        }

        foreach (var target in build.Patches.Select(patch => patch.Target).OfType<Kustomization.PatchTarget>())
            Assert.Contains(build.Objects, item => item.Kind == target.Kind && (target.Name is null || item.Metadata.Name == target.Name));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void An_overlay_runs_the_images_the_build_publishes(string overlay)
    {
        var build = KustomizeBuild.Of("overlays", overlay);
        var repositories = ContainerRepositories.ProjectOf.Keys.Select(ContainerRepositories.Of).ToHashSet();

        Assert.True(repositories.SetEquals(build.Images.Select(rename => rename.Name)), "the overlay renames exactly the built images");
        foreach (var resource in ContainerRepositories.ProjectOf.Keys)
        {
            var image = build.Renamed(build.Named<V1Deployment>(resource).Spec.Template.Spec.Containers.Single().Image);
            Assert.Matches($"^[a-z0-9.-]+/{ContainerRepositories.Of(resource)}:[0-9A-Za-z._-]+$", image);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Links_in_mails_open_the_host_the_overlay_serves_the_gateway_on(string overlay)
    {
        var patches = KustomizeBuild.Of("overlays", overlay).PatchFiles.SelectMany(ManifestLoader.LoadFile).ToList();

        var host = patches.OfType<V1Ingress>().Single(ingress => ingress.Metadata.Name == ResourceNames.Gateway).Spec.Rules.Single().Host;
        Assert.Equal($"https://{host}", patches.OfType<V1ConfigMap>().Single(map => map.Metadata.Name == "platform").Data["public-url"]);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_platform_trusts_its_own_identity_service_at_the_gateways_public_address(string overlay)
    {
        var platform = KustomizeBuild.Of("overlays", overlay).PatchFiles.SelectMany(ManifestLoader.LoadFile)
            .OfType<V1ConfigMap>().Single(map => map.Metadata.Name == "platform").Data;

        Assert.Equal($"{platform["public-url"]}/", platform["identity-authority"]);
        Assert.EndsWith("/signin-oidc", platform["dashboard-redirect-uri"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_operators_component_runs_a_database_cluster_per_service_and_the_event_bus()
    {
        var build = KustomizeBuild.Of("components", "operators");
        var clusters = build.OfType<CustomResource>().ToList();

        Assert.Equal(ResourceNames.Backends.Select(ResourceNames.DatabaseOf).Order(),
            clusters.Where(cluster => cluster.Kind == "Cluster").Select(cluster => cluster.Metadata.Name).Order());
        Assert.Contains(clusters, cluster => cluster is { Kind: "RabbitmqCluster" } && cluster.Metadata.Name == ResourceNames.EventBus);
        foreach (var service in ResourceNames.Backends)
        {
            var from = build.Named<V1NetworkPolicy>(ResourceNames.DatabaseOf(service)).Spec.Ingress.SelectMany(rule => rule.FromProperty);
            Assert.DoesNotContain(from, peer => peer.PodSelector?.MatchLabels?.TryGetValue("app.kubernetes.io/name", out var name) == true && name != service);
        }
    }

    [Fact]
    public void Every_file_under_deploy_kubernetes_is_used_by_a_kustomization()
    {
        var builds = new[] { KustomizeBuild.Of("overlays", "federation"), KustomizeBuild.Of("overlays", "single-university") };
        var used = builds.SelectMany(build => build.ManifestFiles.Concat(build.PatchFiles).Concat(build.Kustomizations)).Select(Path.GetFullPath).ToHashSet();

        var files = Directory.GetFiles(KustomizeBuild.KubernetesFolder, "*.yaml", SearchOption.AllDirectories).Select(Path.GetFullPath);

        Assert.All(files, file => Assert.Contains(file, used));
    }

    [Fact]
    public void Every_manifest_names_its_objects()
    {
        var build = KustomizeBuild.Of("overlays", "single-university");

        Assert.All(build.Objects, item => Assert.False(string.IsNullOrEmpty(item.Metadata?.Name), $"a {item.Kind} has a name"));
        Assert.Equal(build.Objects.Count, build.Objects.Select(item => (item.Kind, item.Metadata.Name)).Distinct().Count());
    }
}
