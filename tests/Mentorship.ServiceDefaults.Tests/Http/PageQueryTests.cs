using Mentorship.ServiceDefaults.Http;

namespace Mentorship.ServiceDefaults.Tests.Http;

public sealed class PageQueryTests
{
    [Fact]
    public void Defaults_to_the_first_page_of_twenty()
    {
        var page = new PageQuery(null, null).Validated();

        Assert.Equal((1, 20, 0), (page.PageNumber, page.Size, page.Skip));
    }

    [Fact]
    public void Skips_the_pages_before_the_requested_one()
    {
        Assert.Equal(100, new PageQuery(3, 50).Validated().Skip);
    }

    [Fact]
    public void A_page_whose_offset_would_overflow_is_refused_naming_the_limit()
    {
        var refusal = Assert.Throws<RequestValidationException>(() => new PageQuery(int.MaxValue, 200).Validated());

        Assert.Equal("page must be at most 10737419 with pageSize 200.", Assert.Single(refusal.Errors["page"]));
        Assert.Equal(2_147_483_600, new PageQuery(10_737_419, 200).Validated().Skip);
    }

    [Fact]
    public void Out_of_range_values_are_refused_naming_each_parameter()
    {
        var refusal = Assert.Throws<RequestValidationException>(() => new PageQuery(0, 500).Validated());

        Assert.Equal(["page", "pageSize"], refusal.Errors.Keys.Order());
        Assert.Equal("pageSize must be between 1 and 200.", Assert.Single(refusal.Errors["pageSize"]));
    }
}
