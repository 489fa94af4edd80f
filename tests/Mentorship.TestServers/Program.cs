using Mentorship.TestServers;

// Usage: Mentorship.TestServers <environment file> <pid to outlive at most>
if (args.Length != 2 || !int.TryParse(args[1], out var owner))
{
    Console.Error.WriteLine("Usage: Mentorship.TestServers <environment file> <owner pid>");
    return 2;
}

return await SharedServers.RunAsync(args[0], owner);
