using System.CommandLine;
using Mentorship.Matching.Solve;

var instanceArgument = new Argument<FileInfo>("instance-file") { Description = "Instance in the matching interchange format." };
var objectiveOption = new Option<string>("--objective")
{
    Description = "max-participation (most mentees matched, then best total) or max-score (best total).",
    DefaultValueFactory = _ => "max-participation",
};
objectiveOption.AcceptOnlyFromAmong("max-participation", "max-score");

var root = new RootCommand("Solves a matching instance exactly and writes the solution to stdout; timings go to stderr.")
{
    instanceArgument,
    objectiveOption,
};
root.SetAction(parsed => SolveCommand.Run(parsed.GetRequiredValue(instanceArgument), parsed.GetRequiredValue(objectiveOption)));
return root.Parse(args).Invoke();
