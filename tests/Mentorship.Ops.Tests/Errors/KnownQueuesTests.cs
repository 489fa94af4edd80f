using System.Reflection;
using MassTransit;
using Mentorship.Ops.Errors;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;

namespace Mentorship.Ops.Tests.Errors;

public sealed class KnownQueuesTests
{
    [Fact]
    public void The_known_queues_are_those_of_every_services_consumers()
    {
        var actual = ResourceNames.Backends.SelectMany(QueuesOf).Order(StringComparer.Ordinal);

        Assert.Equal(actual, KnownQueues.Consumers.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The queue names the service's bus gives its consumers (MessagingExtensions: kebab case, the service
    /// as prefix), or the name a consumer definition sets (a queue named by a contract).
    /// </summary>
    private static IEnumerable<string> QueuesOf(string service)
    {
        var formatter = new KebabCaseEndpointNameFormatter(char.ToUpperInvariant(service[0]) + service[1..], false);
        var consumer = typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!;
        var types = Assembly.Load($"Mentorship.{char.ToUpperInvariant(service[0])}{service[1..]}").GetTypes();
        return types
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)))
            .Select(t => NamedByDefinition(types, t) ?? (string)consumer.MakeGenericMethod(t).Invoke(formatter, null)!);
    }

    private static string? NamedByDefinition(Type[] types, Type consumer)
    {
        var definition = types.SingleOrDefault(t => t.BaseType == typeof(ConsumerDefinition<>).MakeGenericType(consumer));
        if (definition is null)
            return null;
        var instance = Activator.CreateInstance(definition, Options.Create(new MessagingOptions()));
        return ((IConsumerDefinition)instance!).GetEndpointName(formatter: null!);
    }
}
