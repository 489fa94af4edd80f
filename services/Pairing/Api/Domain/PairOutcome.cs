namespace Mentorship.Pairing.Domain;

/// <summary>How a pair ended: positive exits first, then the term reached without outcome and drop-outs by side.</summary>
public enum PairOutcome
{
    Job,
    Internship,
    Training,
    Studies,
    BusinessCreation,
    TermReached,
    DropoutMentee,
    DropoutMentor,
}
