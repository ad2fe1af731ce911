using SecurityCoop.Api;
using SecurityCoop.Api.Commands;

if (await CommandLine.TryRunAsync(args))
    return;

var app = SecurityCoopHost.Build(args);
await app.RunAsync();
