namespace Athenaeum.Bench.Render;

/// <summary>The command line of <c>benchrender</c>.</summary>
internal sealed class BenchArguments
{
    public const string Usage = """
        usage: benchrender --library LIBRARY.db [--articles DIR] [--titles FILE] [--threads 1,2] [--out DIR] [--json FILE] [--no-lua-pass]

          --library    an imported library (athenaeum import DUMP --library LIBRARY.db): its articles are rendered,
                       templates and modules come from it
          --articles   also render every *.txt of DIR as an article (templates from the library)
          --titles     render only the articles whose titles are listed (one a line)
          --threads    the passes to run, one per thread count (default 1,2); each with a fresh pipeline
          --out        write each page's HTML of the first pass to DIR/NAME.html (NAME.err on failure)
          --json       write the results (passes and per-page timings) to FILE
          --no-lua-pass  skip the extra one-thread pass that measures time inside {{#invoke:}}
        """;

    public string Library { get; private set; } = string.Empty;

    public string? Articles { get; private set; }

    public string? Titles { get; private set; }

    public IReadOnlyList<int> Threads { get; private set; } = [1, 2];

    public string? Out { get; private set; }

    public string? Json { get; private set; }

    public bool LuaPass { get; private set; } = true;

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The parsed arguments.</returns>
    /// <exception cref="ArgumentException">An argument is unknown, missing its value or invalid.</exception>
    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new BenchArguments();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--library": parsed.Library = Value(); break;
                case "--articles": parsed.Articles = Value(); break;
                case "--titles": parsed.Titles = Value(); break;
                case "--out": parsed.Out = Value(); break;
                case "--json": parsed.Json = Value(); break;
                case "--no-lua-pass": parsed.LuaPass = false; break;
                case "--threads":
                    var text = Value();
                    parsed.Threads = [.. text.Split(',').Select(t => int.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 256
                        ? n
                        : throw new ArgumentException($"--threads: '{t}' is not a thread count (1-256)"))];
                    break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        if (parsed.Library.Length == 0)
        {
            throw new ArgumentException("--library is required");
        }

        return parsed;
    }
}
