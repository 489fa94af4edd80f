namespace Mentorship.Messaging.Apis.Models;

/// <summary>How many notifications "read all" marked; zero when repeated.</summary>
public sealed record NotificationsMarkedRead(int Marked);
