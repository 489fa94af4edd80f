namespace Mentorship.Gateway.Privacy;

/// <summary>One service's answer to GET /api/people/{personId}/export: its status and body.</summary>
public sealed record ExportPart(string Service, int Status, byte[] Body)
{
    public bool Found => Status == StatusCodes.Status200OK;

    public bool Refused => Status == StatusCodes.Status403Forbidden;

    public bool HoldsNothing => Status == StatusCodes.Status404NotFound;
}
