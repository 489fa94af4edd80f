using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Mentorship.AppHost;

public static class DeploymentParameters
{
    /// <summary>A deployment parameter several resources read, declared by whichever asks for it first.</summary>
    public static IResourceBuilder<ParameterResource> Parameter(this IDistributedApplicationBuilder builder, string name) =>
        builder.Resources.OfType<ParameterResource>().FirstOrDefault(parameter => parameter.Name == name) is { } declared
            ? builder.CreateResourceBuilder(declared)
            : builder.AddParameter(name);
}
