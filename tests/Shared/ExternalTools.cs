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

    /// <summary>Whether a program is on the PATH, where starting it by name finds it.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
