namespace Mentorship.AppHost.Processes;

/// <summary>The Linux signal numbers the AppHost sends.</summary>
public enum UnixSignal
{
    Interrupt = 2,
    Kill = 9,
    Terminate = 15,
}
