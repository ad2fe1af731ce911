using SecurityCoop.Api;
using SecurityCoop.Api.Commands;
using SecurityCoop.Core.Dataset;

if (await CommandLine.TryRunAsync(args))
    return Environment.ExitCode;

WebApplication app;
try
{
    app = SecurityCoopHost.Build(args);
}
catch (DatasetException e)
{
    await Console.Error.WriteLineAsync($"SecurityCoop did not start: {e.Message}");
    return 2;
}
await app.RunAsync();
return 0;
