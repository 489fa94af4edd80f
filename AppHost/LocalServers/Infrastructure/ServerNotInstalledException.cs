namespace Mentorship.AppHost.Infrastructure;

/// <summary>A local server's programs are missing from this machine.</summary>
public sealed class ServerNotInstalledException(string server, string package)
    : Exception($"{server} is not installed here (as root: apt-get install {package}).");
