using System.CommandLine;
using Mentorship.Matching.Benchmarks.Generation;
using Mentorship.Matching.Benchmarks.Measuring;

var objectiveOption = new Option<string>("--objective")
{
    Description = "max-participation or max-score.",
    DefaultValueFactory = _ => "max-participation",
};
objectiveOption.AcceptOnlyFromAmong("max-participation", "max-score");
var seedOption = new Option<int>("--seed") { Description = "Random seed of the generator.", DefaultValueFactory = _ => 1 };

var sizesOption = new Option<string[]>("--sizes")
{
    Description = "Sizes to run: small (1,000 x 300), medium (5,000 x 1,500), large (20,000 x 6,000).",
    DefaultValueFactory = _ => ["small", "medium", "large"],
    AllowMultipleArgumentsPerToken = true,
};
var repeatOption = new Option<int>("--repeat") { Description = "Runs per measurement; the median is reported.", DefaultValueFactory = _ => 5 };
var orToolsOption = new Option<bool>("--ortools") { Description = "Also measure OR-Tools' min-cost flow as a baseline." };
var workOption = new Option<DirectoryInfo?>("--work-dir") { Description = "Where generated instance files go (default: the temp folder)." };
var run = new Command("run", "Generate each size, measure parse and solve for both objectives, print the table.")
{
    sizesOption, repeatOption, orToolsOption, seedOption, workOption,
};
run.SetAction(p => RunCommand.Run(p.GetRequiredValue(sizesOption), p.GetValue(repeatOption), p.GetValue(orToolsOption), p.GetValue(seedOption), p.GetValue(workOption)));

var menteesOption = new Option<int>("--mentees") { Description = "Number of mentees.", DefaultValueFactory = _ => 20_000 };
var mentorsOption = new Option<int>("--mentors") { Description = "Number of mentors.", DefaultValueFactory = _ => 6_000 };
var outOption = new Option<FileInfo>("--out") { Description = "Instance file to write.", Required = true };
var generate = new Command("generate", "Write a generated instance in the interchange format.") { menteesOption, mentorsOption, seedOption, outOption };
generate.SetAction(p => GenerateCommand.Run(p.GetValue(menteesOption), p.GetValue(mentorsOption), p.GetValue(seedOption), p.GetRequiredValue(outOption)));

var instanceArgument = new Argument<FileInfo>("instance-file") { Description = "Instance in the interchange format." };
var solutionOption = new Option<FileInfo?>("--solution") { Description = "A solution file to check against the certified optimum." };
var verify = new Command("verify", "Solve, check the optimality certificate, and optionally check a given solution file.")
{
    instanceArgument, objectiveOption, solutionOption,
};
verify.SetAction(p => VerifyCommand.Run(p.GetRequiredValue(instanceArgument), p.GetRequiredValue(objectiveOption), p.GetValue(solutionOption)));

var engineOption = new Option<string>("--engine") { Description = "engine or ortools.", DefaultValueFactory = _ => "engine" };
engineOption.AcceptOnlyFromAmong("engine", "ortools");
var measure = new Command("measure", "Measure one instance file in this process and print one result line (used by run).")
{
    instanceArgument, objectiveOption, engineOption, repeatOption,
};
measure.Hidden = true;
measure.SetAction(p => MeasureCommand.Run(p.GetRequiredValue(instanceArgument), p.GetRequiredValue(objectiveOption), p.GetRequiredValue(engineOption), p.GetValue(repeatOption)));

var roundMentees = new Option<int>("--mentees") { Description = "Number of mentees.", DefaultValueFactory = _ => 20_000 };
var roundMentors = new Option<int>("--mentors") { Description = "Number of mentors.", DefaultValueFactory = _ => 6_000 };
var roundRepeat = new Option<int>("--repeat") { Description = "Runs per objective; medians are reported.", DefaultValueFactory = _ => 3 };
var round = new Command("round", "Time a whole round planned from generated profiles: index, score, solve, explain.")
{
    roundMentees, roundMentors, seedOption, roundRepeat,
};
round.SetAction(p => RoundCommand.Run(p.GetValue(roundMentees), p.GetValue(roundMentors), p.GetValue(seedOption), p.GetValue(roundRepeat)));

var root = new RootCommand("Matching engine benchmarks.") { run, generate, verify, round, measure };
return root.Parse(args).Invoke();
