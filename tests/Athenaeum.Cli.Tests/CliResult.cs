namespace Athenaeum.Cli.Tests;

/// <summary>What a CLI process printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
