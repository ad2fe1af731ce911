using Microsoft.Extensions.FileProviders;

namespace SecurityCoop.Api.GraphiQL;

/// <summary>The in-browser IDE: its page (embedded in the assembly) and its bundled assets under <c>/assets</c>.</summary>
internal static class GraphiQLEndpoint
{
    private static readonly Lazy<string> Page = new(() =>
    {
        using var stream = typeof(GraphiQLEndpoint).Assembly.GetManifestResourceStream("graphiql.html")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static WebApplication MapGraphiQL(this WebApplication app)
    {
        var assets = Path.Combine(AppContext.BaseDirectory, "browser");
        Directory.CreateDirectory(assets);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/assets" });
        return app;
    }

    /// <summary>Whether a GET to the GraphQL URL comes from a browser wanting the IDE rather than a query result.</summary>
    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpResponse response)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(Page.Value);
    }
}
