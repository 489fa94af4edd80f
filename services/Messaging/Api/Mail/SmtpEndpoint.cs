using System.Web;
using MailKit.Security;

namespace Mentorship.Messaging.Mail;

/// <summary>ConnectionStrings:mail read: smtp://[user:password@]host:port[?security=none|starttls|tls].</summary>
public sealed record SmtpEndpoint(string Host, int Port, string? User, string? Password, SecureSocketOptions Security)
{
    public static bool TryParse(string? value, out SmtpEndpoint? endpoint, out string? error)
    {
        endpoint = null;
        error = null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != "smtp" || uri.Host.Length == 0)
        {
            error = "ConnectionStrings:mail must read smtp://[user:password@]host:port[?security=none|starttls|tls].";
            return false;
        }

        var security = HttpUtility.ParseQueryString(uri.Query)["security"]?.ToLowerInvariant() switch
        {
            null or "" => SecureSocketOptions.StartTlsWhenAvailable,
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "tls" => SecureSocketOptions.SslOnConnect,
            _ => (SecureSocketOptions?)null,
        };
        if (security is null)
        {
            error = "ConnectionStrings:mail security must be none, starttls or tls.";
            return false;
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var user = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : null;
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : null;
        var port = uri.IsDefaultPort || uri.Port <= 0 ? 25 : uri.Port;
        endpoint = new SmtpEndpoint(uri.Host, port, user, password, security.Value);
        return true;
    }

    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"smtp://{Host}:{Port} ({Security})";
}
