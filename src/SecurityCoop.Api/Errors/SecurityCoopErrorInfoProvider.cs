using GraphQL;
using GraphQL.Execution;
using SecurityCoop.Api.Dates;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Errors;

/// <summary>
/// Adds what to fix to errors GraphQL.NET reports in its own words: a date argument that does not parse gets
/// the BAD_DATE code and the scalar's explanation of how to write a date.
/// </summary>
internal sealed class SecurityCoopErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (!IsBadDate(executionError))
            return info;
        var extensions = new Dictionary<string, object?>(info.Extensions ?? new Dictionary<string, object?>())
        {
            ["code"] = ErrorCodes.BadDate,
            ["codes"] = new[] { ErrorCodes.BadDate },
        };
        var hint = Find<BadDateException>(executionError)?.Message ?? PartialDateGraphType.Hint;
        return new ErrorInfo { Message = $"{info.Message}. {hint}".Replace("..", ".", StringComparison.Ordinal), Extensions = extensions };
    }

    /// <summary>A date that did not parse, whether given as a variable (the scalar's exception) or inline (a validation error naming the scalar).</summary>
    private static bool IsBadDate(ExecutionError error) =>
        Find<BadDateException>(error) is not null
        || (error is GraphQL.Validation.ValidationError && error.Message.Contains($"type '{PartialDateGraphType.TypeName}'", StringComparison.Ordinal));

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
                return found;
        }
        return null;
    }
}
