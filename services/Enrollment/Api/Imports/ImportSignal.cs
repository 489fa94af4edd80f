using Mentorship.ServiceDefaults.Backend.Messaging;

namespace Mentorship.Enrollment.Imports;

/// <summary>Wakes this replica's import worker when an import is queued here.</summary>
public sealed class ImportSignal : WakeSignal;
