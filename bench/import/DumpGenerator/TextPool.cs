using Athenaeum.Dump;

namespace Athenaeum.Bench.DumpGenerator;

/// <summary>Real wikitext to build pages from: article paragraphs, templates, modules, and title words.</summary>
internal sealed class TextPool
{
    public required List<string> Paragraphs { get; init; }

    public required List<string> Templates { get; init; }

    public required List<string> Modules { get; init; }

    public required List<string> Words { get; init; }

    public static async Task<TextPool> LoadAsync(string corpus)
    {
        var articles = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, "articles"), "*.txt"))
        {
            articles.Add(await File.ReadAllTextAsync(file));
        }

        foreach (var dump in new[] { "dumps/enwiki-2016-sample.xml.bz2", "dumps/enwiki-table-markup.xml.bz2" })
        {
            await using var reader = await DumpReader.OpenAsync(Path.Combine(corpus, dump));
            await foreach (var page in reader.ReadPagesAsync())
            {
                if (page.RedirectTarget is null && page.LatestRevision?.Text is { Length: > 0 } text)
                {
                    articles.Add(text);
                }
            }
        }

        var paragraphs = articles
            .SelectMany(a => a.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 40)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var modules = Path.Combine(corpus, "enwiki-modules");
        var templates = Directory.EnumerateFiles(Path.Combine(modules, "Template")).Select(File.ReadAllText).ToList();
        var lua = Directory.EnumerateFiles(Path.Combine(modules, "Module")).Select(File.ReadAllText).ToList();
        var words = paragraphs
            .SelectMany(p => p.Split([' ', '\n', '|', '[', ']', '{', '}', '=', '\'', '"', ',', '.', '(', ')', ':', ';', '<', '>', '/', '#', '*', '&'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length is > 3 and < 15 && char.IsUpper(w[0]) && w.All(char.IsLetter))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new TextPool { Paragraphs = paragraphs, Templates = templates, Modules = lua, Words = words };
    }
}
