using Mentorship.ServiceDefaults.Http;

namespace Mentorship.ServiceDefaults.Tests.Http;

public sealed class BindingFailuresTests
{
    [Fact]
    public void A_value_of_the_wrong_type_names_the_parameter_and_the_expected_kind()
    {
        Assert.True(BindingFailures.TryRead("Failed to bind parameter \"bool? atRisk\" from \"maybe\".", out var field, out var rule));

        Assert.Equal("atRisk", field);
        Assert.Equal("'maybe' is not a valid boolean (true or false).", rule);
    }

    [Fact]
    public void A_property_of_a_parameter_record_is_named_as_the_query_string_spells_it()
    {
        Assert.True(BindingFailures.TryRead("Failed to bind parameter \"Nullable<int> PageSize\" from \"ten\".", out var field, out var rule));

        Assert.Equal("pageSize", field);
        Assert.Equal("'ten' is not a valid whole number.", rule);
    }

    [Fact]
    public void A_missing_required_parameter_is_named()
    {
        Assert.True(BindingFailures.TryRead("Required parameter \"Guid programmeId\" was not provided from route.", out var field, out var rule));

        Assert.Equal("programmeId", field);
        Assert.Equal("programmeId is required.", rule);
    }

    [Fact]
    public void Other_messages_are_left_to_the_generic_answer()
    {
        Assert.False(BindingFailures.TryRead("Request body too large.", out _, out _));
    }
}
