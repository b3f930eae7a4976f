
namespace Athenaeum.Wikitext.Tests.TestSupport;

/// <summary>
/// A spec file (STYLE.md §7, Markdig's format): prose with fenced blocks of 32 backticks. An
/// <c>example</c> block holds wikitext, a line with only ".", and the expected HTML; its info string
/// may add <c>key=value</c> words (<c>oracle=en|demo|fat</c> names the MediaWiki wiki the expectation
/// was rendered with, <c>title=…</c> the page title, <c>pending=reason</c> marks a case that waits for
/// another branch). A <c>page TITLE</c> block defines a page for the examples after it.
/// </summary>
internal sealed class SpecFile
{
    private const string Fence = "````````````````````````````````";

    private SpecFile(string name, IReadOnlyList<SpecExample> examples)
    {
        Name = name;
        Examples = examples;
    }

    /// <summary>Gets the file name.</summary>
    public string Name { get; }

    /// <summary>Gets the examples in file order.</summary>
    public IReadOnlyList<SpecExample> Examples { get; }

    /// <summary>Gets the folder of the spec files in the source tree.</summary>
    public static string Folder => Path.Combine(CorpusPaths.RepositoryRoot, "tests", "Athenaeum.Wikitext.Tests", "Specs");

    /// <summary>Reads a spec file of <see cref="Folder"/>.</summary>
    public static SpecFile Read(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, name));
        var examples = new List<SpecExample>();
        var pages = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Fence, StringComparison.Ordinal))
            {
                continue;
            }

            var info = lines[i][Fence.Length..].Trim();
            var start = i + 1;
            var end = start;
            while (end < lines.Length && !lines[end].StartsWith(Fence, StringComparison.Ordinal))
            {
                end++;
            }

            var body = lines[start..end];
            if (info.StartsWith("page ", StringComparison.Ordinal))
            {
                pages.Add(new(info[5..].Trim(), string.Join('\n', body)));
            }
            else if (info.StartsWith("example", StringComparison.Ordinal))
            {
                var dot = Array.IndexOf(body, ".");
                if (dot < 0)
                {
                    throw new FormatException($"{name}:{i + 1}: example without a '.' line");
                }

                var options = info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                    .Select(w => w.Split('=', 2))
                    .ToDictionary(p => p[0], p => p.Length > 1 ? p[1].Replace('_', ' ') : string.Empty, StringComparer.Ordinal);
                examples.Add(new SpecExample(name, i + 1, string.Join('\n', body[..dot]), string.Join('\n', body[(dot + 1)..]), options, [.. pages]));
            }

            i = end;
        }

        return new SpecFile(name, examples);
    }
}

/// <summary>One example of a spec file.</summary>
/// <param name="File">The spec file's name.</param>
/// <param name="Line">The line of the example's opening fence.</param>
/// <param name="Wikitext">The wikitext.</param>
/// <param name="Expected">The expected HTML.</param>
/// <param name="Options">The <c>key=value</c> words of the info string (underscores read as spaces).</param>
/// <param name="Pages">The pages defined before the example.</param>
internal sealed record SpecExample(
    string File,
    int Line,
    string Wikitext,
    string Expected,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<KeyValuePair<string, string>> Pages);
