using System.Globalization;

namespace Athenaeum.Wikitext.ParserTests;

/// <summary>
/// Reads MediaWiki's <c>!! Version 2</c> parser-test format: <c>!! article</c>/<c>!! text</c>/<c>!! endarticle</c>
/// pages, <c>!! test</c> blocks of named sections ended by <c>!! end</c>, and <c>!! hooks</c>/<c>!! functionhooks</c>
/// requirements. Text outside blocks (comments) is ignored; each section's text loses its final newline,
/// as MediaWiki's reader chomps it.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ParserTestReader
{
    /// <summary>Reads a parser-test file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The parsed file.</returns>
    /// <exception cref="FormatException">A block is not closed, or a section appears outside any block.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ParserTestFile ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses the text of a parser-test file.</summary>
    /// <param name="text">The file text.</param>
    /// <param name="fileName">The file name, for results and error messages.</param>
    /// <returns>The parsed file.</returns>
    /// <exception cref="FormatException">A block is not closed, or a section appears outside any block.</exception>
    public static ParserTestFile Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var articles = new List<ParserTestArticle>();
        var cases = new List<ParserTestCase>();
        var hooks = new List<string>();
        var functionHooks = new List<string>();

        // The current block: its kind ("test", "article", "hooks", "functionhooks"), where it started,
        // its sections, and the section being filled.
        string? block = null;
        var blockLine = 0;
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? section = null;
        var content = new List<string>();

        void CloseSection()
        {
            if (section is not null)
            {
                sections[section] = string.Join('\n', content);
            }

            section = null;
            content.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            if (!line.StartsWith("!!", StringComparison.Ordinal))
            {
                if (section is not null)
                {
                    content.Add(line);
                }

                continue;
            }

            var header = line[2..].Trim();
            var name = header.ToLowerInvariant();
            if (name.StartsWith("version", StringComparison.Ordinal))
            {
                continue;
            }

            switch (name)
            {
                case "test" or "article" or "hooks" or "functionhooks":
                    if (block is not null)
                    {
                        throw Error(fileName, lineNumber, $"'!! {name}' inside an unclosed '!! {block}' block (opened at line {blockLine.ToString(CultureInfo.InvariantCulture)})");
                    }

                    block = name;
                    blockLine = lineNumber;
                    sections = new Dictionary<string, string>(StringComparer.Ordinal);
                    section = name;
                    content.Clear();
                    break;

                case "end" or "endarticle" or "endhooks" or "endfunctionhooks":
                    if (block is null)
                    {
                        throw Error(fileName, lineNumber, $"'!! {name}' without an open block");
                    }

                    CloseSection();
                    Finish(block, blockLine, sections, articles, cases, hooks, functionHooks);
                    block = null;
                    break;

                default:
                    if (block is null)
                    {
                        throw Error(fileName, lineNumber, $"section '!! {header}' outside a test or article block");
                    }

                    CloseSection();
                    section = name;
                    break;
            }
        }

        if (block is not null)
        {
            throw Error(fileName, blockLine, $"'!! {block}' block is never closed");
        }

        return new ParserTestFile(fileName, articles, cases, hooks, functionHooks);
    }

    private static void Finish(
        string block,
        int blockLine,
        Dictionary<string, string> sections,
        List<ParserTestArticle> articles,
        List<ParserTestCase> cases,
        List<string> hooks,
        List<string> functionHooks)
    {
        switch (block)
        {
            case "test":
                cases.Add(new ParserTestCase(sections.GetValueOrDefault("test", string.Empty).Trim(), blockLine, sections));
                break;
            case "article":
                articles.Add(new ParserTestArticle(sections.GetValueOrDefault("article", string.Empty).Trim(), sections.GetValueOrDefault("text", string.Empty), blockLine));
                break;
            case "hooks":
                hooks.AddRange(SplitNames(sections.GetValueOrDefault("hooks", string.Empty)));
                break;
            default:
                functionHooks.AddRange(SplitNames(sections.GetValueOrDefault("functionhooks", string.Empty)));
                break;
        }
    }

    private static string[] SplitNames(string text)
        => text.Split([' ', '\t', '\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static FormatException Error(string fileName, int line, string message)
        => new($"{fileName}:{line.ToString(CultureInfo.InvariantCulture)}: {message}");
}
