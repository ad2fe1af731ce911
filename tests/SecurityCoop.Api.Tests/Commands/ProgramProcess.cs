using System.Diagnostics;

namespace SecurityCoop.Tests.Commands;

/// <summary>Runs a program as a user runs it, as a separate process, and gives its exit code and what it printed.</summary>
internal static class ProgramProcess
{
    /// <summary>The service's own program with these arguments.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> ServiceAsync(params string[] args) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "SecurityCoop.Api.dll"), .. args]);

    // A service that starts instead of stopping would run forever: give it a minute.
    public static Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, params string[] args) =>
        RunAsync(new ProcessStartInfo(program, args), TimeSpan.FromMinutes(1));

    /// <summary>Runs <paramref name="start"/> (its output redirected here), killing it after <paramref name="limit"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(ProcessStartInfo start, TimeSpan limit)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(limit);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var errors = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await errors);
    }
}
