using MailKit.Security;

namespace Mentorship.Identity.Mail;

/// <summary>ConnectionStrings:mail, "smtp://[user:password@]host:port[?security=none|starttls|tls]" (ResourceNames.Mail).</summary>
public sealed record SmtpAddress(string Host, int Port, SecureSocketOptions Security, string? User, string? Password)
{
    public const int DefaultPort = 25;

    public static SmtpAddress Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme != "smtp" || uri.Host.Length == 0)
            throw new FormatException("ConnectionStrings:mail must read smtp://[user:password@]host:port[?security=none|starttls|tls].");

        var security = SecurityOf(uri.Query);
        var credentials = uri.UserInfo.Split(':', 2);
        var user = credentials[0].Length == 0 ? null : Uri.UnescapeDataString(credentials[0]);
        var password = credentials.Length == 2 ? Uri.UnescapeDataString(credentials[1]) : null;
        return new SmtpAddress(uri.Host, uri.IsDefaultPort ? DefaultPort : uri.Port, security, user, password);
    }

    private static SecureSocketOptions SecurityOf(string query)
    {
        var value = query.TrimStart('?').Split('&')
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair[0] == "security" && pair.Length == 2)
            .Select(pair => pair[1])
            .LastOrDefault();
        return value switch
        {
            null => SecureSocketOptions.StartTlsWhenAvailable,
            "none" => SecureSocketOptions.None,
            "starttls" => SecureSocketOptions.StartTls,
            "tls" => SecureSocketOptions.SslOnConnect,
            _ => throw new FormatException($"ConnectionStrings:mail: security={value} is not one of none, starttls, tls."),
        };
    }
}
