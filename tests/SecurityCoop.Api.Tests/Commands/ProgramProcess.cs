using System.Diagnostics;

namespace SecurityCoop.Tests.Commands;

/// <summary>Runs a program as a user runs it, as a separate process, and gives its exit code and what it printed.</summary>
internal static class ProgramProcess
{
    /// <summary>The service's own program with these arguments.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> ServiceAsync(params string[] args) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "SecurityCoop.Api.dll"), .. args]);

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        // A service that starts instead of stopping would run forever: give it a minute.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var errors = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await errors);
    }
}
