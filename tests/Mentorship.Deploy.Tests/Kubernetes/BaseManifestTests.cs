using k8s.Models;
using Mentorship.Deploy.Tests.Images;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Deploy.Tests.Kubernetes;

public class BaseManifestTests
{
    private static readonly KustomizeBuild Base = KustomizeBuild.Of("base");

    public static TheoryData<string> Services => [.. ResourceNames.Backends];

    public static TheoryData<string> Deployables => [.. ResourceNames.Backends, ResourceNames.Gateway, ResourceNames.Web];

    private static IEnumerable<V1Container> AllContainers(V1Deployment deployment) =>
        deployment.Spec.Template.Spec.Containers.Concat(deployment.Spec.Template.Spec.InitContainers ?? []);

    private static V1Container MainContainer(string name) => Base.Named<V1Deployment>(name).Spec.Template.Spec.Containers.Single();

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_is_live_on_alive_and_ready_on_health(string service)
    {
        var container = MainContainer(service);

        Assert.Equal("/alive", container.LivenessProbe?.HttpGet?.Path);
        Assert.Equal("/health", container.ReadinessProbe?.HttpGet?.Path);
        Assert.Equal("http", container.ReadinessProbe!.HttpGet.Port.Value);
    }

    [Fact]
    public void The_gateway_is_live_on_alive()
    {
        Assert.Equal("/alive", MainContainer(ResourceNames.Gateway).LivenessProbe?.HttpGet?.Path);
    }

    [Fact]
    public void Every_container_has_resource_requests_and_limits()
    {
        foreach (var deployment in Base.OfType<V1Deployment>())
        {
            foreach (var container in AllContainers(deployment))
            {
                var where = $"{deployment.Metadata.Name}/{container.Name}";
                Assert.True(container.Resources?.Requests?.ContainsKey("cpu") == true && container.Resources.Requests.ContainsKey("memory"), $"{where} requests cpu and memory");
                Assert.True(container.Resources.Limits?.ContainsKey("cpu") == true && container.Resources.Limits.ContainsKey("memory"), $"{where} limits cpu and memory");
            }
        }
    }

    [Fact]
    public void Every_pod_runs_as_a_non_root_user_on_a_read_only_root_with_a_writable_tmp()
    {
        foreach (var deployment in Base.OfType<V1Deployment>())
        {
            var pod = deployment.Spec.Template.Spec;
            Assert.True(pod.SecurityContext?.RunAsNonRoot, $"{deployment.Metadata.Name} runs as non-root");
            Assert.True(pod.SecurityContext!.RunAsUser > 0, $"{deployment.Metadata.Name} names a numeric non-root user");
            Assert.Contains(pod.Volumes ?? [], volume => volume.Name == "tmp" && volume.EmptyDir is not null);
            foreach (var container in AllContainers(deployment))
            {
                Assert.True(container.SecurityContext?.ReadOnlyRootFilesystem, $"{container.Name} has a read-only root");
                Assert.False(container.SecurityContext!.AllowPrivilegeEscalation);
                Assert.Contains(container.VolumeMounts ?? [], mount => mount is { Name: "tmp", MountPath: "/tmp" });
            }
        }
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void A_deployable_reads_exactly_the_keys_the_AppHost_gives_it(string resource)
    {
        var keys = MainContainer(resource).Env.Select(variable => variable.Name).Where(AspireManifest.IsReadByServices).Order(StringComparer.Ordinal);

        Assert.Equal(AspireManifest.KeysOf(resource), keys);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_migrates_its_database_with_its_own_image_before_it_starts(string service)
    {
        var deployment = Base.Named<V1Deployment>(service);
        var migrate = Assert.Single(deployment.Spec.Template.Spec.InitContainers ?? []);

        Assert.Equal(MainContainer(service).Image, migrate.Image);
        Assert.Equal(["migrate"], migrate.Args);
        Assert.Equal(AspireManifest.KeysOf($"{service}-migrations"),
            migrate.Env.Select(variable => variable.Name).Where(AspireManifest.IsReadByServices).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void A_deployable_sends_its_telemetry_under_its_resource_name(string resource)
    {
        var env = MainContainer(resource).Env;

        Assert.Equal(resource, env.Single(variable => variable.Name == "OTEL_SERVICE_NAME").Value);
        Assert.Contains(env, variable => variable.Name == "OTEL_EXPORTER_OTLP_ENDPOINT");
    }

    [Fact]
    public void The_gateway_finds_each_service_by_its_Service_name()
    {
        var env = MainContainer(ResourceNames.Gateway).Env;

        foreach (var service in ResourceNames.Backends)
        {
            Assert.Equal($"http://{service}:8080", env.Single(variable => variable.Name == $"services__{service}__http__0").Value);
            Assert.Equal(8080, Base.Named<V1Service>(service).Spec.Ports.Single().Port);
        }
    }

    [Fact]
    public void Secrets_are_referenced_and_never_written_in_the_manifests()
    {
        Assert.Empty(Base.OfType<V1Secret>());
        var secretNames = new[] { "ConnectionStrings__", "Password", "Secret", "ApiKey", "OTEL_EXPORTER_OTLP_HEADERS" };
        foreach (var deployment in Base.OfType<V1Deployment>())
        {
            foreach (var variable in AllContainers(deployment).SelectMany(container => container.Env ?? []))
            {
                if (secretNames.Any(variable.Name.Contains))
                    Assert.True(variable.ValueFrom?.SecretKeyRef is not null, $"{deployment.Metadata.Name}: {variable.Name} comes from a secretKeyRef");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void A_deployable_has_an_autoscaler_a_disruption_budget_and_a_network_policy(string resource)
    {
        var labels = Base.Named<V1Deployment>(resource).Spec.Template.Metadata.Labels;
        bool Selects(V1LabelSelector selector) => selector.MatchLabels.All(label => labels.TryGetValue(label.Key, out var value) && value == label.Value);

        var autoscaler = Base.Named<V2HorizontalPodAutoscaler>(resource);
        Assert.Equal(("Deployment", resource), (autoscaler.Spec.ScaleTargetRef.Kind, autoscaler.Spec.ScaleTargetRef.Name));
        Assert.True(autoscaler.Spec.MinReplicas >= 1 && autoscaler.Spec.MaxReplicas > autoscaler.Spec.MinReplicas);
        Assert.True(Selects(Base.Named<V1PodDisruptionBudget>(resource).Spec.Selector));
        Assert.True(Selects(Base.Named<V1NetworkPolicy>(resource).Spec.PodSelector));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_reaches_the_broker_whose_address_and_credentials_are_in_its_secret(string service)
    {
        var broker = MainContainer(service).Env.Single(variable => variable.Name == $"ConnectionStrings__{ResourceNames.EventBus}").ValueFrom.SecretKeyRef;

        Assert.Equal(($"{service}-connections", ResourceNames.EventBus), (broker.Name, broker.Key));
        Assert.Contains(Base.Named<V1NetworkPolicy>(service).Spec.Egress, rule => rule.Ports?.Any(port => port.Port.Value == "5672") == true);
    }

    [Fact]
    public void Messaging_and_identity_alone_reach_the_SMTP_relay_whose_address_and_credentials_are_in_their_secrets()
    {
        foreach (var sender in new[] { ResourceNames.Messaging, ResourceNames.Identity })
        {
            var relay = MainContainer(sender).Env.Single(variable => variable.Name == $"ConnectionStrings__{ResourceNames.Mail}").ValueFrom.SecretKeyRef;
            Assert.Equal(($"{sender}-connections", ResourceNames.Mail), (relay.Name, relay.Key));
        }

        Assert.Equal("public-url", MainContainer(ResourceNames.Messaging).Env.Single(variable => variable.Name == "Mail__LinkBaseUrl").ValueFrom.ConfigMapKeyRef.Key);
        Assert.Equal([ResourceNames.Identity, ResourceNames.Messaging], Base.OfType<V1NetworkPolicy>()
            .Where(policy => policy.Spec.Egress?.Any(rule => rule.Ports?.Any(port => port.Port.Value == "587") == true) == true)
            .Select(policy => policy.Metadata.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_identity_service_reads_its_keys_from_a_secret_mounted_read_only()
    {
        var pod = Base.Named<V1Deployment>(ResourceNames.Identity).Spec.Template.Spec;
        var container = MainContainer(ResourceNames.Identity);
        var mount = Assert.Single(container.VolumeMounts, mount => mount.Name == "keys");
        var paths = container.Env.Where(variable => variable.Name.EndsWith("Keys__0__Path", StringComparison.Ordinal)).Select(variable => variable.Value);

        Assert.True(mount.ReadOnlyProperty);
        Assert.Equal("identity-keys", pod.Volumes.Single(volume => volume.Name == "keys").Secret.SecretName);
        Assert.Equal([$"{mount.MountPath}/encryption.pem", $"{mount.MountPath}/signing.pem"], paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_traffic_is_denied_unless_a_policy_allows_it()
    {
        var deny = Base.Named<V1NetworkPolicy>("default-deny");

        Assert.Empty(deny.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
        Assert.Equal(["Ingress", "Egress"], deny.Spec.PolicyTypes);
        Assert.Null(deny.Spec.Ingress);
        Assert.Null(deny.Spec.Egress);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_accepts_only_the_gateway(string service)
    {
        var from = Assert.Single(Base.Named<V1NetworkPolicy>(service).Spec.Ingress).FromProperty;

        var peer = Assert.Single(from);
        Assert.Null(peer.NamespaceSelector);
        Assert.Equal(new Dictionary<string, string> { ["app.kubernetes.io/name"] = ResourceNames.Gateway }, peer.PodSelector.MatchLabels);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void A_service_alone_reaches_its_database(string service)
    {
        string? DatabaseAddress(string name) => Base.Named<V1NetworkPolicy>(name).Spec.Egress
            .Where(rule => rule.Ports?.Any(port => port.Port.Value == "5432") == true)
            .SelectMany(rule => rule.To).Select(peer => peer.IpBlock?.Cidr).SingleOrDefault();

        var own = DatabaseAddress(service);
        Assert.NotNull(own);
        foreach (var other in ResourceNames.Backends.Where(other => other != service))
            Assert.NotEqual(own, DatabaseAddress(other));
        Assert.DoesNotContain(Base.Named<V1NetworkPolicy>(ResourceNames.Gateway).Spec.Egress, rule => rule.Ports?.Any(port => port.Port.Value == "5432") == true);
    }

    [Fact]
    public void Only_the_gateway_and_the_dashboard_are_reachable_from_outside_and_only_over_TLS()
    {
        var outside = Base.OfType<V1NetworkPolicy>()
            .Where(policy => policy.Spec.Ingress?.Any(rule => rule.FromProperty?.Any(peer => peer.NamespaceSelector is not null || peer.IpBlock is not null) == true) == true)
            .Select(policy => policy.Metadata.Name).Order();
        Assert.Equal(["dashboard", ResourceNames.Gateway], outside);

        foreach (var ingress in Base.OfType<V1Ingress>())
        {
            var hosts = ingress.Spec.Rules.Select(rule => rule.Host).ToHashSet();
            Assert.Contains(ingress.Spec.Tls, tls => tls.SecretName is not null && hosts.SetEquals(tls.Hosts));
            Assert.All(ingress.Spec.Rules.SelectMany(rule => rule.Http.Paths), path => Assert.Contains(path.Backend.Service.Name, new[] { "dashboard", ResourceNames.Gateway }));
        }
    }

    [Fact]
    public void The_dashboard_signs_users_in_with_OpenID_Connect_and_accepts_only_keyed_telemetry()
    {
        var env = Base.Named<V1Deployment>("dashboard").Spec.Template.Spec.Containers.Single().Env.ToDictionary(variable => variable.Name);

        Assert.Equal("OpenIdConnect", env["Dashboard__Frontend__AuthMode"].Value);
        Assert.NotNull(env["Authentication__Schemes__OpenIdConnect__Authority"].ValueFrom?.ConfigMapKeyRef);
        Assert.NotNull(env["Authentication__Schemes__OpenIdConnect__ClientId"].ValueFrom?.ConfigMapKeyRef);
        Assert.NotNull(env["Authentication__Schemes__OpenIdConnect__ClientSecret"].ValueFrom?.SecretKeyRef);
        Assert.Equal("ApiKey", env["Dashboard__Otlp__AuthMode"].Value);
        Assert.Equal("telemetry", env["Dashboard__Otlp__PrimaryApiKey"].ValueFrom?.SecretKeyRef?.Name);
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void A_deployable_runs_the_image_its_project_builds(string resource)
    {
        Assert.Equal(ContainerRepositories.Of(resource), MainContainer(resource).Image);
    }
}
