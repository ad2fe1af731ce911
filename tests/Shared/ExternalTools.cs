namespace SecurityCoop.Tests;

/// <summary>
/// Tests that need a tool beyond the .NET SDK (Node.js packages, Debian's python3 or chromium) skip with the reason
/// when it is missing, so a plain <c>dotnet test</c> passes on a machine with only the SDK. <c>./test.sh</c> installs
/// the tools and sets <c>SECURITYCOOP_REQUIRE_TOOLS=1</c>, under which a missing tool fails the test instead.
/// </summary>
internal static class ExternalTools
{
    public const string RequireVariable = "SECURITYCOOP_REQUIRE_TOOLS";

    public static void Require(bool available, string reason)
    {
        if (available)
            return;
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            Assert.Fail(reason);
        Assert.Skip(reason);
    }

    /// <summary>
    /// Skips (or fails, under <c>./test.sh</c>) unless Node.js is on the PATH and <paramref name="package"/> is
    /// installed in <paramref name="folder"/>'s node_modules: both are needed to run a test's script there.
    /// </summary>
    public static void RequireNodePackage(string folder, string package, string what) =>
        Require(OnPath("node") && Directory.Exists(Path.Combine(folder, "node_modules", package)),
            $"{what} needs Node.js and the npm package {package} in {Path.GetFileName(folder)}; run ./test.sh, which installs them.");

    /// <summary>Whether a program is on the PATH, where starting it by name finds it.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
