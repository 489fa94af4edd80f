using Mentorship.Load;

return await LoadCommandLine.Create().Parse(args).InvokeAsync();
