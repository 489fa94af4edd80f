using System.Xml.Linq;

namespace Mentorship.Deploy.Tests.Images;

public class ContainerImageTests
{
    [Fact]
    public void Every_deployable_project_names_its_image_after_its_resource()
    {
        Assert.All(ContainerRepositories.ProjectOf.Keys, resource => Assert.Equal($"mentorship/{resource}", ContainerRepositories.Of(resource)));
    }

    [Fact]
    public void The_build_script_publishes_every_deployable_project()
    {
        Assert.Equal(ContainerRepositories.ProjectOf.Keys.Order(), ContainerRepositories.BuiltByScript().Order());
    }

    [Fact]
    public void Images_run_as_the_non_root_app_user_on_a_base_with_ICU()
    {
        var properties = XDocument.Load(Repository.PathOf("Directory.Build.props")).Descendants();

        Assert.Equal("app", properties.Single(property => property.Name == "ContainerUser").Value);
        // The services format dates and numbers in fr, nl and en (InvariantGlobalization=false).
        Assert.EndsWith("-chiseled-extra", properties.Single(property => property.Name == "ContainerBaseImage").Value, StringComparison.Ordinal);
    }
}
