using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SecurityCoop.Api.Transport;

/// <summary>Rate limits per client, bound from the <c>RateLimits</c> section; each is requests per minute, 0 for none.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests per minute per client to <c>/graphql</c>.</summary>
    public int GraphQLPerMinute { get; set; } = 600;

    /// <summary>Requests per minute per client to <c>/export</c>.</summary>
    public int ExportPerMinute { get; set; } = 60;

    /// <summary>Requests per minute per client to <c>/cypher</c>, the analysts' Cypher endpoint.</summary>
    public int CypherPerMinute { get; set; } = 30;
}

/// <summary>Cross-origin access for frontends on other origins, bound from the <c>Cors</c> section: off unless origins are listed.</summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";

    /// <summary>Origins (scheme, host and port, e.g. <c>https://app.example.org</c>) allowed to call /graphql and /export.</summary>
    public string[] Origins { get; set; } = [];

    /// <summary>
    /// The configured origins, given as a list (<c>Cors:Origins:0</c>, a JSON array) or as one comma-separated value
    /// (<c>--Cors:Origins=https://a.example,https://b.example</c>, <c>Cors__Origins</c>), which a list does not bind.
    /// </summary>
    public static string[] Read(IConfiguration configuration)
    {
        var listed = configuration.GetSection(Section).Get<CorsOptions>()?.Origins ?? [];
        var joined = configuration[$"{Section}:{nameof(Origins)}"] ?? "";
        return [.. listed.Concat(joined.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}

/// <summary>
/// What every response carries and every client is held to: security headers (a Content-Security-Policy the
/// explorer and GraphiQL satisfy without inline script, <c>nosniff</c>, no framing, no referrer, no <c>Server</c>
/// header), CORS only for configured origins, and per-client rate limits answered with 429, <c>Retry-After</c> and
/// the <c>RATE_LIMITED</c> code.
/// </summary>
internal static class WebSecurity
{
    public const string GraphQLPolicy = "graphql";
    public const string ExportPolicy = "export";
    public const string CypherPolicy = "cypher";
    public const string CorsPolicy = "frontends";
    public const string RateLimitedCode = "RATE_LIMITED";

    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static WebApplicationBuilder AddWebSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var origins = CorsOptions.Read(builder.Configuration);
        builder.Services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length > 0)
                policy.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept").WithExposedHeaders("Retry-After");
        }));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(GraphQLPolicy, context => PerClient(context, limits.GraphQLPerMinute));
            options.AddPolicy(ExportPolicy, context => PerClient(context, limits.ExportPerMinute));
            options.AddPolicy(CypherPolicy, context => PerClient(context, limits.CypherPerMinute));
        });
        return builder;
    }

    public static WebApplication UseWebSecurity(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>A token bucket per client address: the minute's allowance, refilled a sixth every ten seconds.</summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (perMinute <= 0)
            return RateLimitPartition.GetNoLimiter(client);
        return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = Math.Max(1, perMinute / 6),
            ReplenishmentPeriod = TimeSpan.FromSeconds(10),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        var logger = rejected.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebSecurity));
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("Rate limit: {Path} refused for {Client}", rejected.HttpContext.Request.Path, rejected.HttpContext.Connection.RemoteIpAddress);
        await response.WriteAsJsonAsync(new
        {
            errors = new[]
            {
                new { message = $"Too many requests from this client; try again in {seconds} s (RateLimits section).", extensions = new { code = RateLimitedCode } },
            },
        }, cancellationToken);
    }
}
