namespace Mentorship.Matching.Domain;

/// <summary>proposed (awaiting review) → published, or excluded by the coordinator, or skipped at publication.</summary>
public enum ProposalStatus
{
    Proposed,
    Published,
    Excluded,
    Skipped,
}
