using Mentorship.Enrollment.Imports;

namespace Mentorship.Enrollment.Extensions;

public static class ApplicationImportExtensions
{
    /// <summary>The file import of applications: its checker, the batch writer and the background worker.</summary>
    public static IHostApplicationBuilder AddApplicationImports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ImportChecker>();
        builder.Services.AddScoped<ImportRun>();
        builder.Services.AddSingleton<ImportSignal>();
        builder.Services.AddHostedService<ImportWorker>();
        return builder;
    }
}
