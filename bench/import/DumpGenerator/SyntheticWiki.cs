using System.Globalization;
using System.Text;
using Athenaeum.Dump;

namespace Athenaeum.Bench.DumpGenerator;

/// <summary>
/// Generates an English-Wikipedia-like dump: about a third redirects, a few percent templates and modules,
/// and articles of log-normally distributed size assembled from real paragraphs (links, templates,
/// references and categories as real articles have them), with numbers varied so that texts differ.
/// </summary>
internal static class SyntheticWiki
{
    private static readonly SiteInfo Site = new(
        "Wikipedia",
        "benchwiki",
        "https://bench.example.org/wiki/Main_Page",
        "MediaWiki 1.39.0",
        "first-letter",
        [
            new NamespaceDefinition(0, "", "first-letter"),
            new NamespaceDefinition(4, "Wikipedia", "first-letter"),
            new NamespaceDefinition(10, "Template", "first-letter"),
            new NamespaceDefinition(14, "Category", "first-letter"),
            new NamespaceDefinition(828, "Module", "first-letter"),
        ],
        "en",
        "0.11");

    public static async Task<string> WriteAsync(string path, long targetBytes, TextPool pool, int seed)
    {
        var random = new Random(seed);
        var titles = new List<string>();
        long bytes = 0;
        long id = 0;
        int articles = 0, redirects = 0, templates = 0, modules = 0;
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var writer = new MultistreamDumpWriter(path, Site);
        while (bytes < targetBytes)
        {
            id++;
            var roll = random.NextDouble();
            string title;
            string text;
            string? redirect = null;
            var ns = 0;
            var model = "wikitext";
            if (roll < 0.35 && titles.Count > 0)
            {
                var target = titles[random.Next(titles.Count)];
                title = Title(pool, random, id);
                text = "#REDIRECT [[" + target + "]]\n\n{{R from alternative name}}";
                redirect = target;
                redirects++;
            }
            else if (roll < 0.38)
            {
                ns = 10;
                title = "Template:" + Title(pool, random, id);
                text = pool.Templates[random.Next(pool.Templates.Count)];
                templates++;
            }
            else if (roll < 0.385)
            {
                ns = 828;
                title = "Module:" + Title(pool, random, id);
                text = pool.Modules[random.Next(pool.Modules.Count)];
                model = "Scribunto";
                modules++;
            }
            else
            {
                title = Title(pool, random, id);
                text = Article(pool, random);
                titles.Add(title);
                articles++;
            }

            var revision = new DumpRevision(
                id * 7,
                null,
                start.AddSeconds(random.NextInt64(0, 5L * 365 * 86400)),
                new DumpContributor("Editor" + random.Next(5000).ToString(CultureInfo.InvariantCulture), random.Next(1, 1_000_000), null),
                "edit",
                false,
                model,
                model == "Scribunto" ? "text/plain" : "text/x-wiki",
                text,
                Encoding.UTF8.GetByteCount(text),
                Sha1Base36(text),
                RevisionDeletion.None);
            await writer.WriteAsync(new DumpPage(title, ns, id, redirect, [revision], 0));
            bytes += Encoding.UTF8.GetByteCount(text) + 520 + (title.Length * 2);
        }

        await writer.CompleteAsync();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"pages {id} (articles {articles}, redirects {redirects}, templates {templates}, modules {modules}), about {bytes / 1e6:F0} MB of XML, {writer.StreamCount} streams");
    }

    private static string Title(TextPool pool, Random random, long id)
        => pool.Words[random.Next(pool.Words.Count)] + " " + pool.Words[random.Next(pool.Words.Count)] + " " + id.ToString(CultureInfo.InvariantCulture);

    private static string Article(TextPool pool, Random random)
    {
        // Log-normal sizes with a median near 6 KB and a long tail, as Wikipedia articles have.
        var size = (int)Math.Clamp(Math.Exp(8.7 + (1.1 * Gaussian(random))), 300, 400_000);
        var text = new StringBuilder(size + 2000);
        while (text.Length < size)
        {
            VaryNumbers(text, pool.Paragraphs[random.Next(pool.Paragraphs.Count)], random);
            text.Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>Copies a paragraph with its digits changed, so that no two pages are equal and compression sees real entropy.</summary>
    private static void VaryNumbers(StringBuilder text, string paragraph, Random random)
    {
        foreach (var c in paragraph)
        {
            text.Append(char.IsAsciiDigit(c) && random.Next(3) == 0 ? (char)('0' + random.Next(10)) : c);
        }
    }

    /// <summary>The text's SHA-1 in base 36, as Wikimedia dumps carry it in &lt;sha1&gt;.</summary>
    private static string Sha1Base36(string text)
    {
#pragma warning disable CA5350 // The dump format's checksum, not a security use.
        var hash = System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(text));
#pragma warning restore CA5350
        var value = new System.Numerics.BigInteger(hash, isUnsigned: true, isBigEndian: true);
        var digits = new char[31];
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            value = System.Numerics.BigInteger.DivRem(value, 36, out var remainder);
            digits[i] = "0123456789abcdefghijklmnopqrstuvwxyz"[(int)remainder];
        }

        return new string(digits);
    }

    private static double Gaussian(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Sin(2 * Math.PI * random.NextDouble());
}
