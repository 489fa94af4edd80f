using System.Text.Json.Nodes;

namespace Mentorship.Deploy.Tests.Images;

/// <summary>The runtime settings in each shipped process's runtimeconfig.json, which hold however it is started.</summary>
public class RuntimeSettingsTests
{
    public static TheoryData<string> Resources => [.. ContainerRepositories.ProjectOf.Keys];

    [Theory]
    [MemberData(nameof(Resources))]
    public void Idle_thread_pool_workers_sleep_instead_of_spinning(string resource)
    {
        // Spinning cost the gateway 18 % of its CPU per request on two cores (README, "Load").
        Assert.Equal(0, (int?)ConfigPropertiesOf(resource)["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"]);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void The_server_GC_keeps_its_heaps_through_the_quiet_spells(string resource)
    {
        // Server GC without DATAS: with it, the burst after an idle trim ran 15-25 % slower (README, "Load").
        Assert.True((bool?)ConfigPropertiesOf(resource)["System.GC.Server"]);
        Assert.Equal(0, (int?)ConfigPropertiesOf(resource)["System.GC.DynamicAdaptationMode"]);
    }

    private static JsonNode ConfigPropertiesOf(string resource)
    {
        var assembly = Path.GetFileNameWithoutExtension(ContainerRepositories.ProjectOf[resource]);
        var path = Path.Combine(AppContext.BaseDirectory, $"{assembly}.runtimeconfig.json");
        return JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;
    }
}
