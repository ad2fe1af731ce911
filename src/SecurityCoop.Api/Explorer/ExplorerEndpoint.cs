namespace SecurityCoop.Api.Explorer;

/// <summary>The explorer page at <c>/</c>: a static page that talks only to the GraphQL endpoint.</summary>
internal static class ExplorerEndpoint
{
    public static WebApplication MapExplorer(this WebApplication app)
    {
        var page = Path.Combine(AppContext.BaseDirectory, "browser", "explorer.html");
        app.MapGet("/", () => File.Exists(page)
            ? Results.File(page, "text/html; charset=utf-8")
            : Results.Redirect("/graphql"));
        return app;
    }
}
