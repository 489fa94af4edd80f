using Mentorship.Web.Gateway;

namespace Mentorship.Web.Tests.Gateway;

public sealed class ApiProblemTests
{
    private static readonly ApiProblem Problem = new(400, "Invalid", null, new Dictionary<string, string[]>
    {
        ["profile.sectors[1]"] = ["Each of sectors must be a kebab-case code."],
        ["profile.sector"] = ["Not the same field."],
        ["Person.Email"] = ["Not an address."],
        ["answers"] = ["answers must be an object."],
    });

    [Fact]
    public void A_field_gets_its_own_messages_and_its_items_but_not_a_field_with_a_longer_name()
    {
        Assert.Equal(["Each of sectors must be a kebab-case code."], Problem.ErrorsFor("profile.sectors"));
        Assert.Equal(["Not the same field."], Problem.ErrorsFor("profile.sector"));
        Assert.Equal(["Not an address."], Problem.ErrorsFor("person.email"));
    }

    [Fact]
    public void The_summary_gets_the_messages_of_fields_the_form_does_not_show()
    {
        Assert.Equal(["answers must be an object."], Problem.ErrorsExcept(["profile.sectors", "profile.sector", "person.email"]));
    }
}
