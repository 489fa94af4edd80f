using Mentorship.ServiceDefaults.Backend.Outbox;

namespace Mentorship.ServiceDefaults.Tests.Backend.Outbox;

public sealed class OutboxOptionsValidationTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new OutboxOptionsValidation().Validate(null, new OutboxOptions()).Succeeded);
    }

    [Fact]
    public void Each_setting_out_of_range_is_named()
    {
        var result = new OutboxOptionsValidation().Validate(null, new OutboxOptions
        {
            BatchSize = 0,
            PollInterval = TimeSpan.Zero,
            Retention = TimeSpan.FromDays(400),
        });

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("Outbox:PollInterval", StringComparison.Ordinal));
    }

    [Fact]
    public void Many_hosts_validating_at_once_all_succeed()
    {
        var validation = new OutboxOptionsValidation();

        Parallel.For(0, 64, _ => Assert.True(validation.Validate(null, new OutboxOptions()).Succeeded));
    }
}
