namespace SecurityCoop.Api.Transport;

/// <summary>Stable <c>extensions.code</c> values for requests refused before or around execution.</summary>
internal static class RequestErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string BadEncoding = "BAD_ENCODING";
    public const string BodyTooLarge = "BODY_TOO_LARGE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string TooManyTokens = "TOO_MANY_TOKENS";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyFragments = "TOO_MANY_FRAGMENTS";
    public const string TooManyDirectives = "TOO_MANY_DIRECTIVES";
    public const string TooDeep = "TOO_DEEP";
    public const string IntrospectionTooDeep = "INTROSPECTION_TOO_DEEP";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string TooCostly = "COMPLEXITY";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string Timeout = "TIMEOUT";
    public const string SyntaxError = "SYNTAX_ERROR";
}
