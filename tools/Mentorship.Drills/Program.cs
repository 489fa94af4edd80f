using Mentorship.Drills;

return await DrillCommandLine.Create().Parse(args).InvokeAsync();
