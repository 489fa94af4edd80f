namespace Mentorship.AppHost.Tests;

/// <summary>A fresh folder under /tmp for one test's server data, deleted afterwards.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mentorship-apphost-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string For(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>
    /// A server the test left stopping may still write its last file (Redis its dump) while the folder
    /// is deleted: "Directory not empty". Tried again for a few seconds; cleanup is not what is tested.
    /// </summary>
    public void Dispose()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(Path))
                    Directory.Delete(Path, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }
}
