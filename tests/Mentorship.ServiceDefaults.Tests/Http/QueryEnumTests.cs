using Mentorship.ServiceDefaults.Backend.Export;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.ServiceDefaults.Tests.Http;

public sealed class QueryEnumTests
{
    public enum Outcome
    {
        Job,
        BusinessCreation,
        DropoutMentee,
    }

    [Theory]
    [InlineData("business-creation", Outcome.BusinessCreation)]
    [InlineData("DROPOUT-MENTEE", Outcome.DropoutMentee)]
    [InlineData("job", Outcome.Job)]
    public void Reads_kebab_case_names_ignoring_case(string text, Outcome expected)
    {
        Assert.Equal(expected, QueryEnum.Parse<Outcome>(text, "outcome"));
    }

    [Fact]
    public void An_absent_value_means_no_filter()
    {
        Assert.Null(QueryEnum.Parse<ExportFormat>(null, "format"));
        Assert.Null(QueryEnum.Parse<ExportFormat>(" ", "format"));
    }

    [Fact]
    public void An_unknown_value_is_refused_with_the_allowed_ones()
    {
        var refusal = Assert.Throws<RequestValidationException>(() => QueryEnum.Parse<Outcome>("BusinessCreation", "outcome"));

        Assert.Equal(
            "'BusinessCreation' is not one of: job, business-creation, dropout-mentee.",
            Assert.Single(refusal.Errors["outcome"]));
    }
}
