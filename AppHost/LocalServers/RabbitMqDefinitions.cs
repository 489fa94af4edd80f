using System.Text.Json;

namespace Mentorship.AppHost.LocalServers;

/// <summary>
/// A RabbitMQ definitions file the node imports at every boot (rabbitmq.conf's load_definitions): extra
/// virtual hosts, without the management plugin or a slow rabbitmqctl call per host. A node that imports
/// definitions seeds no default user or "/" itself, so the file holds them too.
/// </summary>
internal static class RabbitMqDefinitions
{
    private const string Root = "/";

    /// <summary>Writes definitions.json into the folder (readable by its owner only: it holds the password); returns its path.</summary>
    public static string Write(string folder, string user, string password, IEnumerable<string> virtualHosts)
    {
        var hosts = virtualHosts.Prepend(Root).Distinct(StringComparer.Ordinal).ToList();
        var definitions = new
        {
            users = new[] { new { name = user, password, tags = "administrator" } },
            vhosts = hosts.Select(host => new { name = host }),
            permissions = hosts.Select(host => new { user, vhost = host, configure = ".*", write = ".*", read = ".*" }),
        };
        return LocalServerExtensions.WritePrivateFile(folder, "definitions.json", [JsonSerializer.Serialize(definitions)]);
    }
}
