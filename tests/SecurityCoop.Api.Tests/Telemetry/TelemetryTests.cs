using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;
using SecurityCoop.Api;

namespace SecurityCoop.Tests.Telemetry;

/// <summary>
/// What operations see: one structured log entry per GraphQL request (operation, status, duration, cost, error codes);
/// with OpenTelemetry on, a request's trace holds the ASP.NET Core span and one span per store call beneath it, and with
/// an OTLP endpoint the spans reach a collector over OTLP/HTTP (a real HTTP listener here, reading what the exporter
/// posts). Without either setting nothing is traced.
/// </summary>
public sealed class TelemetryTests
{
    private const string Overlap = """{"query":"query Shared { overlap(bodies: [\"org:asean\", \"mech:arf\"]) { count } }"}""";

    [Fact]
    public async Task Each_GraphQL_request_is_logged_with_its_operation_status_duration_cost_and_error_codes()
    {
        var logs = new CapturingLogs();
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--RateLimits:GraphQLPerMinute=0"],
            services => services.AddSingleton<ILoggerProvider>(logs));
        await app.StartAsync(TestContext.Current.CancellationToken);

        await PostAsync(app, Overlap);
        await PostAsync(app, """{"query":"{ nope }"}""");

        // The entry is written once the response is sent, so the client can have the answer first.
        List<(string Category, Dictionary<string, object?> State)> entries = [];
        for (var attempt = 0; attempt < 50 && (entries = [.. logs.Entries.Where(e => e.Category.EndsWith("GraphQLRequestLog", StringComparison.Ordinal))]).Count < 2; attempt++)
            await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.Equal(2, entries.Count);
        var answered = entries.Single(e => Equals(e.State["Status"], 200)).State;
        var refused = entries.Single(e => Equals(e.State["Status"], 400)).State;
        Assert.Equal("query Shared { overlap }", answered["Operation"]);
        Assert.Equal(200, answered["Status"]);
        Assert.True((double)answered["DurationMs"]! > 0);
        Assert.True(int.Parse((string)answered["Cost"]!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("-", answered["ErrorCodes"]);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", refused["ErrorCodes"]);
    }

    [Fact]
    public async Task With_telemetry_on_a_request_s_trace_holds_a_span_for_each_store_call()
    {
        var spans = new List<Activity>();
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--OpenTelemetry:Enabled=true"],
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        await app.StartAsync(TestContext.Current.CancellationToken);

        await PostAsync(app, Overlap);
        // The server span ends after the response is sent, so the client can have the answer before it is exported. The
        // listeners are the process's: other tests' hosts' spans come too, so this host's is found by its port.
        var port = new Uri(app.Urls.First()).Port;
        bool IsRequest(Activity s) => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("url.path") == "/graphql"
            && Convert.ToInt32(s.GetTagItem("server.port"), System.Globalization.CultureInfo.InvariantCulture) == port;
        for (var attempt = 0; attempt < 50 && !Copy(spans).Exists(IsRequest); attempt++)
        {
            app.Services.GetRequiredService<TracerProvider>().ForceFlush();
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var request = Assert.Single(Copy(spans), IsRequest);
        var store = Assert.Single(Copy(spans), s => s.DisplayName == "store GetMaterial" && s.TraceId == request.TraceId);
        Assert.Equal("EmbeddedGraphStore", store.GetTagItem("securitycoop.store"));
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_the_spans_reach_the_collector()
    {
        var posts = new ConcurrentQueue<(string Path, string? ContentType, byte[] Body)>();
        await using var collector = WebApplication.CreateSlimBuilder().Build();
        collector.Urls.Add("http://127.0.0.1:0");
        collector.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            posts.Enqueue((http.Request.Path, http.Request.ContentType, body.ToArray()));
            return Results.Ok();
        });
        await collector.StartAsync(TestContext.Current.CancellationToken);
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            $"--OpenTelemetry:OtlpEndpoint={collector.Urls.First()}"]);
        await app.StartAsync(TestContext.Current.CancellationToken);

        await PostAsync(app, Overlap);
        app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000);

        var traces = posts.Where(p => p.Path == "/v1/traces").ToList();
        Assert.NotEmpty(traces);
        Assert.All(traces, t => Assert.Equal("application/x-protobuf", t.ContentType));
        var sent = Encoding.UTF8.GetString([.. traces.SelectMany(t => t.Body)]);
        Assert.Contains("securitycoop", sent, StringComparison.Ordinal);
        Assert.Contains("store GetMaterial", sent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_setting_nothing_is_traced()
    {
        using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);

        Assert.Null(app.Services.GetService<TracerProvider>());
    }

    /// <summary>The spans exported so far: the exporter appends on the server's threads, so a copy taken mid-append is taken again.</summary>
    private static List<Activity> Copy(List<Activity> spans)
    {
        while (true)
        {
            try
            {
                return [.. spans];
            }
            catch (InvalidOperationException)
            {
                Thread.Yield();
            }
        }
    }

    private static async Task PostAsync(WebApplication app, string body)
    {
        using var client = new HttpClient();
        using var response = await client.PostAsync(new Uri(new Uri(app.Urls.First()), "/graphql"), new StringContent(body, Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
    }

    private sealed class CapturingLogs : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, Dictionary<string, object?> State)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<(string, Dictionary<string, object?>)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
                    entries.Enqueue((category, pairs.ToDictionary(p => p.Key, p => p.Value)));
            }
        }
    }
}
