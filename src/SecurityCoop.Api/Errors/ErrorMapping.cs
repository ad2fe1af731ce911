using GraphQL;
using GraphQL.Execution;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Errors;

/// <summary>
/// Turns exceptions from resolvers into GraphQL errors: a caller's mistake keeps its code and message; anything
/// else becomes an INTERNAL error with no detail, so stack traces and store internals never reach a client.
/// </summary>
internal static class ErrorMapping
{
    public static void Map(UnhandledExceptionContext context)
    {
        if (context.OriginalException is not StoreException)
        {
            var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(ErrorMapping));
            logger?.LogError(context.OriginalException, "Unhandled error resolving {Field}", context.FieldContext?.FieldDefinition.Name);
        }
        context.Exception = context.OriginalException switch
        {
            StoreException e => new ExecutionError(e.Message) { Code = e.Code },
            OperationCanceledException => new ExecutionError("The request was cancelled or timed out.") { Code = "CANCELLED" },
            _ => new ExecutionError("Something went wrong on the server; the error is logged.") { Code = "INTERNAL" },
        };
    }
}
