using Mentorship.AppHost;
using Mentorship.AppHost.LocalServers;
using Microsoft.Extensions.Configuration;
using static Mentorship.ServiceDefaults.Hosting.ResourceNames;

// `--reset` starts from empty data; the other options are configuration keys (AppHost:DataDirectory,
// AppHost:Durable, AppHost:InfrastructureOnly, AppHost:EventBusVirtualHosts:0..n), also settable as --AppHost:Key=value.
var reset = args.Contains("--reset");
var builder = DistributedApplication.CreateBuilder([.. args.Where(arg => arg != "--reset")]);
var settings = builder.Configuration.GetSection("AppHost");

IResourceBuilder<IResourceWithConnectionString> eventBus, cache;
Func<string, IResourceBuilder<IResourceWithConnectionString>> database;
// Declared with the services only: their tests bring their own SMTP server, and smtp4dev would cost
// every servers-only run 4 s of CPU and 180 MB.
Func<IResourceBuilder<IResourceWithConnectionString>> mailServer;
if (builder.ExecutionContext.IsPublishMode)
{
    // Deployments get Aspire's own resources (containers, or managed services by connection string).
    var postgres = builder.AddPostgres(Postgres);
    database = name => postgres.AddDatabase(name);
    eventBus = builder.AddRabbitMQ(EventBus);
    cache = builder.AddRedis(Cache);
    // The institution's SMTP relay: "smtp://[user:password@]host:port[?security=none|starttls|tls]".
    mailServer = () => builder.AddConnectionString(Mail);
}
else
{
    var data = new DataFolder(settings["DataDirectory"] ?? Path.Combine(builder.AppHostDirectory, "..", ".data"));
    if (reset)
        data.Reset(Postgres);
    var postgres = builder.AddLocalPostgres(Postgres, data, durable: settings.GetValue("Durable", true));
    database = name => postgres.AddLocalDatabase(name);
    eventBus = builder.AddLocalRabbitMq(EventBus, data, [.. settings.GetSection("EventBusVirtualHosts").GetChildren().Select(host => host.Value!)]);
    cache = builder.AddLocalRedis(Cache, data);
    mailServer = () => builder.AddLocalMailInbox(Mail, data);
    StartupMonitor.Attach(builder);
}

if (settings.GetValue("InfrastructureOnly", false))
{
    // Integration tests of one service start the servers exactly as the platform runs them.
    foreach (var name in Services.Select(DatabaseOf))
        database(name);
    builder.Build().Run();
    return;
}

var enrollment = builder.AddService<Projects.Mentorship_Enrollment>(Enrollment, database(EnrollmentDb), eventBus);
var matching = builder.AddService<Projects.Mentorship_Matching>(Matching, database(MatchingDb), eventBus, cache);
var pairing = builder.AddService<Projects.Mentorship_Pairing>(Pairing, database(PairingDb), eventBus);
var mail = mailServer();
var messaging = builder.AddService<Projects.Mentorship_Messaging>(Messaging, database(MessagingDb), eventBus, cache, mail);
var evaluation = builder.AddService<Projects.Mentorship_Evaluation>(Evaluation, database(EvaluationDb), eventBus);

// The gateway starts beside the services: it needs only their addresses, and its /health reports them.
var gateway = builder.AddProject<Projects.Mentorship_Gateway>(Gateway)
    .WithPlatformEnvironment()
    .WithPlatformHttpEndpoint(preferredPort: 5080)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithReference(cache)
    .WaitFor(cache);
foreach (var service in new[] { enrollment, matching, pairing, messaging, evaluation })
    gateway.WithReference(service);
messaging.WithMailSettings(gateway);

// Identity: sign-in, tokens and staff roles, reached through the gateway; on the bus for erasures. Run locally the services
// still accept the development tokens the gateway's /dev/token issues; deployed they trust only it.
var identity = builder.AddService<Projects.Mentorship_Identity>(Identity, database(IdentityDb), eventBus, mail).WithIdentitySettings(gateway);
gateway.WithReference(identity);

// The web front end: the gateway serves it under /app, and it calls the services through the
// gateway's public API like any front end. Each references the other (addresses only, no waiting).
var web = builder.AddProject<Projects.Mentorship_Web>(Web)
    .WithPlatformEnvironment()
    .WithPlatformHttpEndpoint()
    .WithHttpHealthCheck("/health")
    .WithReference(gateway);
gateway.WithReference(web);

// Run locally, tokens the identity service issues to the web front end are trusted everywhere too.
foreach (var project in new[] { enrollment, matching, pairing, messaging, evaluation, identity, gateway, web })
    project.WithLocalIdentityAuthority(gateway);

builder.Build().Run();
