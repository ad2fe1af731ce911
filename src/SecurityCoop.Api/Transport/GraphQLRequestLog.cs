using GraphQLParser.AST;

namespace SecurityCoop.Api.Transport;

/// <summary>
/// One structured log entry per GraphQL request (category <c>SecurityCoop.Api.Transport.GraphQLRequestLog</c>, level
/// Information): the operation (type, name, root fields), the HTTP status, the duration, the estimated cost and the
/// error codes. With <c>--Logging:Console:FormatterName=json</c> each is a JSON property.
/// </summary>
internal sealed partial class GraphQLRequestLog(ILogger<GraphQLRequestLog> logger)
{
    public bool IsEnabled => logger.IsEnabled(LogLevel.Information);

    public void Answered(GraphQLOperationDefinition? operation, string? operationName, int status, TimeSpan duration, object? cost, IEnumerable<string> errorCodes)
    {
        if (!IsEnabled)
            return;
        var description = Describe(operation, operationName);
        var codes = string.Join(",", errorCodes.Distinct()) is { Length: > 0 } joined ? joined : "-";
        var milliseconds = Math.Round(duration.TotalMilliseconds, 2);
        var estimated = cost is null ? "-" : Convert.ToString(cost, System.Globalization.CultureInfo.InvariantCulture) ?? "-";
        Answered(logger, description, status, milliseconds, estimated, codes);
    }

    private static string Describe(GraphQLOperationDefinition? operation, string? operationName)
    {
        if (operation is null)
            return operationName ?? "-";
        var fields = operation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue);
        var type = operation.Operation.ToString().ToLowerInvariant();
        return $"{type} {operation.Name?.StringValue ?? operationName ?? "(anonymous)"} {{ {string.Join(' ', fields)} }}";
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "GraphQL {Operation}: {Status} in {DurationMs} ms, cost {Cost}, errors {ErrorCodes}")]
    private static partial void Answered(ILogger logger, string operation, int status, double durationMs, string cost, string errorCodes);
}
