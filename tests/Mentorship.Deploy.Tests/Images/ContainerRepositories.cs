using System.Xml.Linq;
using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Deploy.Tests.Images;

/// <summary>The image name each deployable project sets for `dotnet publish -t:PublishContainer`.</summary>
public static class ContainerRepositories
{
    public static readonly IReadOnlyDictionary<string, string> ProjectOf = new Dictionary<string, string>
    {
        [ResourceNames.Enrollment] = "services/Enrollment/Api/Mentorship.Enrollment.csproj",
        [ResourceNames.Matching] = "services/Matching/Api/Mentorship.Matching.csproj",
        [ResourceNames.Pairing] = "services/Pairing/Api/Mentorship.Pairing.csproj",
        [ResourceNames.Messaging] = "services/Messaging/Api/Mentorship.Messaging.csproj",
        [ResourceNames.Evaluation] = "services/Evaluation/Api/Mentorship.Evaluation.csproj",
        [ResourceNames.Identity] = "services/Identity/Api/Mentorship.Identity.csproj",
        [ResourceNames.Gateway] = "gateway/Mentorship.Gateway.csproj",
        [ResourceNames.Web] = "services/Web/Mentorship.Web.csproj",
    };

    /// <summary>The ContainerRepository of the resource's project, or null when it sets none.</summary>
    public static string? Of(string resource) =>
        XDocument.Load(Repository.PathOf(ProjectOf[resource])).Descendants("ContainerRepository").SingleOrDefault()?.Value;

    /// <summary>Every project the build script publishes as an image.</summary>
    public static IReadOnlyList<string> BuiltByScript()
    {
        var script = File.ReadAllText(Repository.PathOf("deploy", "images", "build-all.sh"));
        return [.. ProjectOf.Where(project => script.Contains(project.Value, StringComparison.Ordinal)).Select(project => project.Key)];
    }
}
