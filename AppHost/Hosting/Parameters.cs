using System.Security.Cryptography;
using System.Text.Json;
using Mentorship.AppHost.Processes;

namespace Mentorship.AppHost.Hosting;

/// <summary>
/// Generated secrets (as Aspire generates parameter passwords), kept in the data folder so that a
/// restart finds the servers' data with the passwords it was made with.
/// </summary>
public sealed class Parameters
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const int Length = 24;

    private readonly Dictionary<string, string> _values;

    private Parameters(Dictionary<string, string> values)
    {
        _values = values;
    }

    public string this[string name] => _values[name];

    /// <summary>Aspire's name for a resource's generated password.</summary>
    public static string PasswordOf(string resource) => $"{resource}-password";

    /// <summary>Reads the file, generates the names it lacks and writes it back (readable by the owner only).</summary>
    public static Parameters LoadOrCreate(string path, IEnumerable<string> names)
    {
        var values = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
            : [];
        var missing = names.Where(name => !values.ContainsKey(name)).ToList();
        foreach (var name in missing)
            values[name] = RandomNumberGenerator.GetString(Alphabet, Length);

        if (missing.Count > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, JsonSerializer.Serialize(values, new JsonSerializerOptions { WriteIndented = true }));
            PrivateFiles.Restrict(path);
        }

        return new Parameters(values);
    }
}
