using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Bench;
using Mentorship.Testing;

// bench [rows ...]: for each size, a fresh "pollem" programme, a generated file with 1 % invalid rows,
// then the CSV preview, the XLSX preview and the CSV import (202 until completed), timed end to end
// through the HTTP API of the service in-process.
// The in-process host finds the service's content root through a manifest beside the binary.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000];
await using var factory = new BenchFactory();
await factory.InitializeAsync();

Console.WriteLine("| rows | CSV preview | XLSX preview | CSV import (202 → completed) | created | invalid |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
foreach (var rows in sizes)
{
    var programme = await CreateProgrammeAsync(factory);
    var client = factory.CreateClient(TestUser.Coordinator(programme));
    var run = Guid.NewGuid().ToString("N");
    var table = ApplicationImportFiles.Pollem(rows, run, invalid: Enumerable.Range(0, rows / 100).Select(i => i * 100).ToArray());
    var csv = ApplicationImportFiles.Csv(table);
    var xlsx = ApplicationImportFiles.Xlsx(table);

    var csvPreview = await TimeAsync(() => UploadAsync(client, programme, csv, "preview", "bench.csv"), HttpStatusCode.OK);
    var xlsxPreview = await TimeAsync(() => UploadAsync(client, programme, xlsx, "preview", "bench.xlsx"), HttpStatusCode.OK);
    var clock = Stopwatch.StartNew();
    var queued = await UploadAsync(client, programme, csv, "import", "bench.csv");
    Expect(queued, HttpStatusCode.Accepted);
    JsonElement import;
    do
    {
        await Task.Delay(50);
        import = await client.GetFromJsonAsync<JsonElement>(queued.Headers.Location!);
    }
    while (import.GetProperty("status").GetString() is "queued" or "running");
    clock.Stop();

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {rows:N0} | {csvPreview:0.00} s | {xlsxPreview:0.00} s | {clock.Elapsed.TotalSeconds:0.00} s ({import.GetProperty("status").GetString()}) | {import.GetProperty("created").GetInt32():N0} | {import.GetProperty("invalid").GetInt32():N0} |"));
}

static async Task<Guid> CreateProgrammeAsync(BenchFactory factory)
{
    var response = await factory.CreateClient(TestUser.ProgrammeAdmin())
        .PostAsJsonAsync("/api/programmes", new { templateId = "pollem", name = $"Bench {Guid.NewGuid():N}", cohort = "2026-2027" });
    Expect(response, HttpStatusCode.Created);
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}

static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid programme, byte[] file, string mode, string fileName) =>
    client.UploadApplicationsAsync(programme, file, mode, fileName,
        fileName.EndsWith(".csv", StringComparison.Ordinal) ? ApplicationImportFiles.CsvType : ApplicationImportFiles.XlsxType);

static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> call, HttpStatusCode expected)
{
    var clock = Stopwatch.StartNew();
    var response = await call();
    await response.Content.ReadAsByteArrayAsync();
    Expect(response, expected);
    return clock.Elapsed.TotalSeconds;
}

static void Expect(HttpResponseMessage response, HttpStatusCode expected)
{
    if (response.StatusCode != expected)
        throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)expected}.");
}
