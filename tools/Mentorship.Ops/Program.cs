using Mentorship.Ops;

return await OpsCommandLine.Create().Parse(args).InvokeAsync();
