using BenchmarkDotNet.Running;

namespace Mentorship.Gateway.Bench;

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
