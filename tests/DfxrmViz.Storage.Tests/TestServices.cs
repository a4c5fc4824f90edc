namespace DfxrmViz.Storage.Tests;

/// <summary>The real PostgreSQL and Redis that ./test.sh starts for these tests. A missing variable fails the test with
/// this message (it never skips): to leave those tests out on purpose, filter them by their trait.</summary>
public static class TestServices
{
    /// <summary>Trait that marks tests needing a service ("PostgreSQL" or "Redis").</summary>
    public const string Trait = "Service";

    /// <summary>Admin connection string of the throw-away PostgreSQL cluster (may create and drop databases).</summary>
    public static string Postgres => Require("DFXRMVIZ_TEST_POSTGRES", "PostgreSQL");

    /// <summary>host:port of the throw-away Redis.</summary>
    public static string Redis => Require("DFXRMVIZ_TEST_REDIS", "Redis");

    private static string Require(string variable, string service) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set: these tests need a real {service}, which ./test.sh starts. To run without them, " +
                $"dotnet test --filter \"{Trait}!={service}\".");
}
