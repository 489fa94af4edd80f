namespace Mentorship.Web.Gateway.Models;

/// <summary>How many notifications "mark all read" marked.</summary>
public sealed record MarkedRead(int Marked);
