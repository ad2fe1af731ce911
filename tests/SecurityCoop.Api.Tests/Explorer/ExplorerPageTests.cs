using System.Diagnostics;
using System.Text.Json;
using SecurityCoop.Tests.Commands;

namespace SecurityCoop.Tests.Explorer;

/// <summary>
/// The explorer page at <c>/</c> in a real browser: tests/browser/explorer.spec.mjs drives Debian's headless
/// Chromium through playwright-core against the real host (search, expansion, details with sources, paths,
/// overlaps, the as-of slider, downloads, error display) and prints a JSON summary of its checks. The script
/// runs once; each test reads the checks it is about.
/// </summary>
public sealed class ExplorerPageTests(ApiServer api)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static BrowserRun? run;

    private static string BrowserTests => Path.Combine(RepositoryPaths.Root, "tests", "browser");

    private static string ScreenshotPath => Path.Combine(AppContext.BaseDirectory, "explorer", "explorer.png");

    [Fact]
    public async Task The_browser_script_passes_every_check_and_exits_with_zero()
    {
        var result = await RunAsync();

        var failures = result.Checks.Where(c => !c.Ok).Select(c => $"{c.Id}: {c.Error}").ToList();
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}; failed: {string.Join("; ", failures)}; stderr: {result.Stderr}");
        Assert.Empty(failures);
        Assert.Equal(
            ["load", "search", "choose", "expand", "details", "path", "overlap", "overlap-roles", "downloads", "error-status", "asof-all", "asof-2000", "asof-overlap", "vocabulary", "clusters", "neighbourhoods", "labels", "keyboard", "images", "url-state", "play", "script-errors", "screenshot", "phone-width", "graphiql", "graphiql-examples", "graphiql-explorer-plugin", "content-security-policy", "sigma"],
            result.Checks.Select(c => c.Id));
    }

    [Fact]
    public async Task Searching_for_RATS_and_clicking_it_draws_its_neighbours_with_the_SCO_among_them()
    {
        var result = await RunAsync();

        Assert.Equal("mech:rats", result.Detail("search")[0].GetString());
        result.Detail("choose");
        var expand = result.Detail("expand");
        Assert.True(expand.GetProperty("edgesToSco").GetInt32() > 0, "no edge between RATS and the SCO is drawn");
        Assert.True(expand.GetProperty("nodes").GetInt32() > 10, $"only {expand.GetProperty("nodes")} nodes drawn");
        Assert.True(expand.GetProperty("expandedClass").GetBoolean());
    }

    [Fact]
    public async Task The_details_panel_shows_a_verbatim_source_quote_of_the_selected_node()
    {
        var result = await RunAsync();

        var shown = result.Detail("details").GetProperty("quote").GetString();
        var data = await api.DataAsync("""{ node(id: "mech:rats") { sources { quote } } }""");
        Assert.Contains(shown, data.Path("node.sources").Strings("quote"));
        Assert.True(result.Detail("details").GetProperty("relationQuotes").GetInt32() > 0, "no relation source is shown");
    }

    [Fact]
    public async Task The_paths_from_India_to_RATS_shown_on_the_page_include_the_one_through_the_SCO()
    {
        var result = await RunAsync();

        var paths = result.Detail("path").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("state:india > org:sco > mech:rats", paths);
    }

    [Fact]
    public async Task The_overlap_of_ASEAN_and_the_ARF_shown_on_the_page_is_the_ten_members_the_API_answers()
    {
        var result = await RunAsync();

        var overlap = result.Detail("overlap");
        Assert.Equal(10, overlap.GetProperty("count").GetInt32());
        var data = await api.DataAsync("""{ overlap(bodies: ["org:asean", "mech:arf"]) { members { node { id } } } }""");
        Assert.Equal(data.Path("overlap.members").Strings("node.id"), overlap.GetProperty("members").EnumerateArray().Select(m => m.GetString()!));
    }

    [Fact]
    public async Task The_overlap_panel_names_each_members_role_in_each_body_as_the_API_answers_it()
    {
        var result = await RunAsync();

        var data = await api.DataAsync("""{ overlap(bodies: ["org:asean", "mech:arf"]) { members { node { id } affiliations { body { id } role } } } }""");
        var shown = result.Detail("overlap-roles").EnumerateArray().ToList();
        Assert.NotEmpty(shown);
        foreach (var member in shown)
        {
            var id = member.GetProperty("id").GetString();
            var answered = data.GetProperty("overlap").GetProperty("members").EnumerateArray().Single(m => m.GetProperty("node").GetProperty("id").GetString() == id);
            foreach (var role in member.GetProperty("roles").EnumerateArray())
            {
                var body = role.GetProperty("body").GetString();
                var roles = answered.GetProperty("affiliations").EnumerateArray()
                    .Where(a => a.GetProperty("body").GetProperty("id").GetString() == body)
                    .Select(a => a.GetProperty("role").GetString()!.ToLowerInvariant().Replace('_', ' '));
                Assert.Contains(roles, r => role.GetProperty("role").GetString()!.StartsWith(r, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task A_large_view_folds_leaves_into_clusters_keeps_labels_apart_and_plays_every_year()
    {
        var result = await RunAsync();

        var clusters = result.Detail("clusters");
        Assert.True(clusters.GetProperty("after").GetInt32() > clusters.GetProperty("before").GetInt32());
        var labels = result.Detail("labels");
        Assert.True(labels.GetProperty("nodes").GetInt32() >= 150, $"{labels.GetProperty("nodes")} nodes");
        Assert.True(labels.GetProperty("revealedByZoom").GetInt32() > 0);
        Assert.Equal(17, result.Detail("play").GetProperty("steps").GetInt32());
        Assert.StartsWith("#", result.Detail("url-state").GetProperty("address").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_the_as_of_slider_hides_India_in_the_SCO_and_every_path_to_RATS_in_2000_and_grows_the_SCO_from_six_members_in_2010_to_nine_in_2023()
    {
        var result = await RunAsync();

        result.Detail("asof-all");
        var before = result.Detail("asof-2000");
        Assert.Equal("2000", before.GetProperty("label").GetString());
        Assert.Equal(0, before.GetProperty("paths").GetArrayLength());
        var members = result.Detail("asof-overlap");
        Assert.Equal((6, 9), (members.GetProperty("asOf2010").GetInt32(), members.GetProperty("asOf2023").GetInt32()));
    }

    [Fact]
    public async Task GraphQL_errors_are_shown_on_the_page_and_the_download_links_carry_the_selected_node()
    {
        var result = await RunAsync();

        Assert.StartsWith("NODE_NOT_FOUND", result.Detail("error-status").GetString(), StringComparison.Ordinal);
        var links = result.Detail("downloads").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(9, links.Count);
        Assert.All(links, l => Assert.Matches(@"^/export/[a-z-]+\?center=mech:rats&depth=1$", l));
    }

    [Fact]
    public async Task The_page_raises_no_script_errors_and_a_PNG_screenshot_is_saved()
    {
        var result = await RunAsync();

        result.Detail("script-errors");
        Assert.Equal(ScreenshotPath, result.Detail("screenshot").GetString());
        var bytes = await File.ReadAllBytesAsync(ScreenshotPath, TestContext.Current.CancellationToken);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        Assert.True(bytes.Length > 20_000, $"the screenshot has only {bytes.Length} bytes");
        TestContext.Current.AddAttachment("explorer.png", bytes, "image/png");
    }

    /// <summary>Runs the browser script once for all tests of this class.</summary>
    private async Task<BrowserRun> RunAsync()
    {
        ExternalTools.RequireNodePackage(BrowserTests, "playwright-core", "The explorer's browser test");
        ExternalTools.Require(File.Exists(Chromium), $"{Chromium} is missing; run ./test.sh, which installs Debian's chromium package.");
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return run ??= await StartAsync(api.BaseUrl);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<BrowserRun> StartAsync(Uri baseUrl)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        File.Delete(ScreenshotPath);
        var script = Path.Combine(BrowserTests, "explorer.spec.mjs");
        var start = new ProcessStartInfo("node", [script, baseUrl.ToString(), ScreenshotPath]) { WorkingDirectory = BrowserTests };
        (int ExitCode, string Output, string Errors) node;
        try
        {
            node = await ProgramProcess.RunAsync(start, Timeout);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the browser script did not finish within {Timeout}");
            throw;
        }

        TestContext.Current.SendDiagnosticMessage($"explorer screenshot: {ScreenshotPath}");
        return BrowserRun.Parse(node.ExitCode, node.Output, node.Errors);
    }

    private sealed record BrowserCheck(string Id, string Name, bool Ok, string? Error, JsonElement Detail);

    private sealed record BrowserRun(int ExitCode, IReadOnlyList<BrowserCheck> Checks, string Stderr)
    {
        public static BrowserRun Parse(int exitCode, string stdout, string stderr)
        {
            JsonElement root;
            try
            {
                root = JsonDocument.Parse(stdout).RootElement;
            }
            catch (JsonException)
            {
                Assert.Fail($"the browser script printed no JSON summary (exit code {exitCode}): {stdout} {stderr}");
                throw;
            }

            var checks = root.GetProperty("checks").EnumerateArray().Select(c => new BrowserCheck(
                c.GetProperty("id").GetString()!,
                c.GetProperty("name").GetString()!,
                c.GetProperty("ok").GetBoolean(),
                c.TryGetProperty("error", out var error) ? error.GetString() : null,
                c.TryGetProperty("detail", out var detail) ? detail.Clone() : default)).ToList();
            return new BrowserRun(exitCode, checks, stderr);
        }

        /// <summary>The detail of a check that must have run and passed.</summary>
        public JsonElement Detail(string id)
        {
            var check = Checks.FirstOrDefault(c => c.Id == id);
            Assert.True(check is not null, $"the browser script ran no '{id}' check; it ran: {string.Join(", ", Checks.Select(c => $"{c.Id} ({c.Error})"))}; stderr: {Stderr}");
            Assert.True(check.Ok, $"{check.Name}: {check.Error}");
            return check.Detail;
        }
    }
}
