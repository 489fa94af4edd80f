namespace Mentorship.Pairing.Extensions;

/// <summary>
/// The service's own rules (section "Pairing", e.g. Pairing__TermGraceDays): how long an active pair may
/// outlive its programme's term before the platform closes it, and which programme templates ask the
/// mentee to confirm a pair the mentor accepted.
/// </summary>
public sealed class PairingOptions
{
    public const string Section = "Pairing";

    /// <summary>Days after the term during which the pair may still be closed by hand with its real outcome.</summary>
    public int TermGraceDays { get; set; } = 14;

    /// <summary>False stops the term closing runs (tests trigger runs themselves).</summary>
    public bool TermClosingEnabled { get; set; } = true;

    /// <summary>How often active pairs are checked against their term; a pair is closed that much late at most.</summary>
    public TimeSpan TermCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Pairs closed per transaction, so one run never holds many rows locked.</summary>
    public int TermBatchSize { get; set; } = 200;

    /// <summary>
    /// Comma-separated template ids of programmes where both sides volunteer: the mentee confirms after the
    /// mentor accepted (a string, not a list, because binding a list appends to its default).
    /// </summary>
    public string MenteeConfirmationTemplates { get; set; } = "cjsm";

    public bool MenteeConfirms(string? templateId) =>
        !string.IsNullOrEmpty(templateId)
        && MenteeConfirmationTemplates.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(templateId, StringComparer.OrdinalIgnoreCase);
}
