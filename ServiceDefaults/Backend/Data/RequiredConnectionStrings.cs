using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mentorship.ServiceDefaults.Backend.Data;

/// <summary>Fails start-up with the missing key's name instead of a null reference on the first request.</summary>
public static class RequiredConnectionStrings
{
    public static IServiceCollection AddRequiredConnectionString(this IServiceCollection services, string name)
    {
        services.AddOptions<ConnectionStringPresence>(name)
            .Configure<IConfiguration>((presence, configuration) => presence.Value = configuration.GetConnectionString(name))
            .Validate(
                presence => !string.IsNullOrWhiteSpace(presence.Value),
                $"ConnectionStrings:{name} is not configured (environment variable ConnectionStrings__{name}).")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Holder for the validated value; one named instance per connection.</summary>
    public sealed class ConnectionStringPresence
    {
        public string? Value { get; set; }
    }

    internal static string Get(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
        ?? throw new OptionsValidationException(name, typeof(ConnectionStringPresence), [$"ConnectionStrings:{name} is not configured."]);
}
