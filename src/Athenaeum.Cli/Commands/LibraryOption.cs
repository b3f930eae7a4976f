using System.CommandLine;

namespace Athenaeum.Cli.Commands;

/// <summary>The <c>--library PATH</c> option every command that reads or writes a library shares.</summary>
internal static class LibraryOption
{
    /// <summary>Where the library lives unless <c>--library</c> says otherwise.</summary>
    public const string DefaultPath = "./data/library.db";

    public static Option<string> Create() => new("--library", "-l")
    {
        Description = "The library file (SQLite). Created by 'import' if missing.",
        HelpName = "PATH",
        DefaultValueFactory = _ => DefaultPath,
    };
}
