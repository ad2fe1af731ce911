using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Telemetry;

/// <summary>The <c>OpenTelemetry</c> section: off unless enabled or given an OTLP endpoint.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "OpenTelemetry";

    /// <summary>Trace and measure even without an exporter of ours (a host that adds its own, such as tests).</summary>
    public bool Enabled { get; set; }

    /// <summary>Where an OTLP collector listens, e.g. http://localhost:4318 (http/protobuf) or http://localhost:4317 (grpc).</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>http/protobuf</c> (the default) or <c>grpc</c>.</summary>
    public string OtlpProtocol { get; set; } = "http/protobuf";
}

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core's requests, HTTP client calls (Neo4j's Query API), and one activity
/// and one duration measurement per store call (<see cref="TracedGraphStore"/>), exported over OTLP when an endpoint is
/// configured (<c>OpenTelemetry:OtlpEndpoint</c>, or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>). With neither, and
/// not enabled, nothing is registered and requests pay nothing for it.
/// </summary>
internal static class Telemetry
{
    public const string ServiceName = "securitycoop";

    public static readonly ActivitySource Store = new("SecurityCoop.Store");

    public static readonly Meter Meter = new("SecurityCoop");

    public static readonly Histogram<double> StoreDuration =
        Meter.CreateHistogram<double>("securitycoop.store.duration", "s", "How long a call to the graph store took, by operation.");

    public static WebApplicationBuilder AddSecurityCoopTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var standardEndpoint = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!options.Enabled && options.OtlpEndpoint is null && !standardEndpoint)
            return builder;
        if (options.OtlpProtocol is not ("http/protobuf" or "grpc"))
            throw new InvalidOperationException($"OpenTelemetry:OtlpProtocol '{options.OtlpProtocol}' is not known; use 'http/protobuf' or 'grpc'.");
        TracedGraphStore.Decorate(builder.Services);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource(Store.Name);
                if (options.OtlpEndpoint is not null || standardEndpoint)
                    tracing.AddOtlpExporter(otlp => Configure(otlp, options, "v1/traces"));
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter(Meter.Name);
                if (options.OtlpEndpoint is not null || standardEndpoint)
                    metrics.AddOtlpExporter(otlp => Configure(otlp, options, "v1/metrics"));
            });
        return builder;
    }

    /// <summary>Our endpoint setting is the collector's base address: over http/protobuf each signal has its own path under it.</summary>
    private static void Configure(OtlpExporterOptions otlp, TelemetryOptions options, string signalPath)
    {
        if (options.OtlpEndpoint is not { } endpoint)
            return; // the exporter reads the OTEL_EXPORTER_OTLP_* variables itself
        var grpc = options.OtlpProtocol == "grpc";
        otlp.Protocol = grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        otlp.Endpoint = grpc ? endpoint : new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + "/" + signalPath);
    }
}
