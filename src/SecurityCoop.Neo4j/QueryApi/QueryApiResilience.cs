using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace SecurityCoop.Neo4j.QueryApi;

/// <summary>
/// The Query API client's resilience, on Microsoft.Extensions.Http.Resilience's standard handler: a time-out per
/// attempt (<c>Neo4j:Timeout</c>), retries with doubling delays (<c>Neo4j:Retries</c>, <c>Neo4j:RetryDelay</c>) on
/// transient failures only (no answer, HTTP 502/503/504, or a <c>Neo.TransientError.*</c> code in the body), a
/// circuit breaker on the same failures, and a total time-out over all attempts.
/// </summary>
public static class QueryApiResilience
{
    public static void Configure(HttpStandardResilienceOptions options, Neo4jOptions settings)
    {
        var retries = Math.Max(0, settings.Retries);
        options.AttemptTimeout.Timeout = settings.Timeout;
        options.Retry.MaxRetryAttempts = Math.Max(1, retries);
        options.Retry.Delay = settings.RetryDelay;
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = false;
        options.Retry.ShouldHandle = args => retries == 0 ? ValueTask.FromResult(false) : IsTransientAsync(args.Outcome);
        options.CircuitBreaker.ShouldHandle = args => IsTransientAsync(args.Outcome);
        options.CircuitBreaker.SamplingDuration = settings.Timeout * 2 + TimeSpan.FromSeconds(1);
        options.TotalRequestTimeout.Timeout = settings.Timeout * (retries + 1) + settings.RetryDelay * Math.Pow(2, retries + 1) + TimeSpan.FromSeconds(1);
    }

    /// <summary>Whether an attempt failed in a way worth trying again.</summary>
    public static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException or TimeoutRejectedException)
            return true;
        if (outcome.Result is not { } response || response.IsSuccessStatusCode)
            return false;
        if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
            return true;
        await response.Content.LoadIntoBufferAsync();
        var body = await response.Content.ReadAsStringAsync();
        return body.Contains("\"Neo.TransientError.", StringComparison.Ordinal);
    }
}
