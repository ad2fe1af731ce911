namespace SecurityCoop.Api.Commands;

/// <summary>
/// <c>health [--url URL]</c>: asks a running service whether it is ready (default <c>http://localhost:5080/health/ready</c>)
/// and exits 0 when it answers 200, 1 otherwise; the container's healthcheck, where no curl is installed.
/// </summary>
internal static class HealthCommand
{
    public const string DefaultUrl = "http://localhost:5080/health/ready";

    public static async Task<int> RunAsync(string url, TextWriter output, TextWriter errors)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            await errors.WriteLineAsync($"'{url}' is not an http or https URL.");
            return 2;
        }
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(uri);
            var body = await response.Content.ReadAsStringAsync();
            await output.WriteLineAsync($"{(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await errors.WriteLineAsync($"No answer from {uri}: {e.Message}");
            return 1;
        }
    }
}
