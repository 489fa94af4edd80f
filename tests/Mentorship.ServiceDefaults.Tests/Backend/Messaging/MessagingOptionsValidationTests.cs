using Mentorship.ServiceDefaults.Backend.Messaging;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging;

public sealed class MessagingOptionsValidationTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new MessagingOptionsValidation().Validate(null, new MessagingOptions()).Succeeded);
    }

    [Fact]
    public void An_outage_setting_out_of_range_is_named_with_its_value()
    {
        var result = new MessagingOptionsValidation().Validate(null, new MessagingOptions
        {
            DatabaseOutageRetryInterval = TimeSpan.Zero,
            DatabaseOutageRetryLimit = -1,
        });

        Assert.True(result.Failed);
        Assert.Equal(
            ["Messaging:DatabaseOutageRetryInterval must be between 00:00:00.010 and 00:05:00; it is 00:00:00.",
             "Messaging:DatabaseOutageRetryLimit must be between 0 and 10000; it is -1."],
            result.Failures!);
    }
}
