using SecurityCoop.Api;
using SecurityCoop.Api.Commands;
using SecurityCoop.Core.Dataset;

return await CommandLine.RunAsync(args, ServeAsync, Console.Out, Console.Error);

// Serves until stopped. What a user can get wrong (the dataset, the store's settings, the address) ends the start with
// the reason and exit code 2, never a stack trace.
static async Task<int> ServeAsync(string[] args)
{
    WebApplication app;
    try
    {
        app = SecurityCoopHost.Build(args);
    }
    catch (Exception e) when (e is DatasetException or InvalidOperationException or ArgumentException)
    {
        return await NotStartedAsync(e.Message);
    }
    await using (app)
    {
        try
        {
            await app.StartAsync();
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "port")
        {
            return await NotStartedAsync("a port in --urls is out of range; use 1 to 65535 (or 0 for any free port).");
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or InvalidOperationException or UriFormatException)
        {
            return await NotStartedAsync(e.InnerException is IOException inner ? $"{e.Message} ({inner.Message})" : e.Message);
        }
        await StartupBanner.WriteAsync(app, Console.Out);
        await app.WaitForShutdownAsync();
    }
    return CommandLine.Done;
}

static async Task<int> NotStartedAsync(string reason)
{
    await Console.Error.WriteLineAsync($"SecurityCoop did not start: {reason}");
    return CommandLine.Usage;
}
