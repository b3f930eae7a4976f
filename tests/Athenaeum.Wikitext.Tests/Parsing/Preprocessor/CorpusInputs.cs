using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Athenaeum.Wikitext.Site;

namespace Athenaeum.Wikitext.Tests.Parsing.Preprocessor;

/// <summary>Reads wikitext inputs from the shared corpus: parser-test sections and fatwiki page texts.</summary>
internal static partial class CorpusInputs
{
    public static readonly string[] ParserTestFiles =
        ["parserTests.txt", "citeParserTests.txt", "funcsParserTests.txt", "poemParserTests.txt", "stringFunctionTests.txt"];

    /// <summary>The tag list of the oracle wiki the golden trees were made with.</summary>
    public static readonly HashSet<string> OracleTags =
        ["pre", "nowiki", "gallery", "indicator", "langconvert", "templatedata", "ref", "references", "categorytree", "poem", "inputbox", "imagemap"];

    /// <summary>Every "!! wikitext" and "!! text" section of the parser-test files, in file order.</summary>
    public static IEnumerable<string> ParserTestTexts()
    {
        foreach (var file in ParserTestFiles)
        {
            string? section = null;
            var buffer = new List<string>();
            foreach (var line in File.ReadAllText(CorpusPaths.Get("parser-tests/" + file)).Split('\n'))
            {
                var match = SectionRegex().Match(line);
                if (match.Success)
                {
                    if (section is "wikitext" or "text")
                    {
                        yield return string.Join('\n', buffer);
                    }

                    section = match.Groups[1].Value.ToLowerInvariant();
                    buffer.Clear();
                }
                else
                {
                    buffer.Add(line);
                }
            }
        }
    }

    /// <summary>The page texts of the fatwiki dump (decompressed with the system's bzcat).</summary>
    public static IEnumerable<(string Title, string Text)> FatwikiPages()
    {
        var path = CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2");
        using var process = Process.Start(new ProcessStartInfo("bzcat", [path]) { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("bzcat could not be started");
        using var reader = XmlReader.Create(process.StandardOutput.BaseStream, new XmlReaderSettings { IgnoreWhitespace = false });
        var title = string.Empty;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "title")
            {
                title = reader.ReadElementContentAsString();
            }
            else if (reader.LocalName == "text")
            {
                yield return (title, reader.ReadElementContentAsString());
            }
        }

        process.WaitForExit();
    }

    /// <summary>The fatwiki dump: its site configuration (namespaces from siteinfo) and every page.</summary>
    public static (SiteConfiguration Site, List<DumpedPage> Pages) FatwikiDump()
    {
        var path = CorpusPaths.Get("dumps/fatwiki-20240920-pages-articles-multistream.xml.bz2");
        using var process = Process.Start(new ProcessStartInfo("bzcat", [path]) { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("bzcat could not be started");
        using var reader = XmlReader.Create(process.StandardOutput.BaseStream);
        var namespaces = new List<NamespaceInfo>();
        var pages = new List<DumpedPage>();
        string title = string.Empty, model = "wikitext";
        string? redirect = null;
        var ns = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "namespace":
                    var key = int.Parse(reader.GetAttribute("key")!, CultureInfo.InvariantCulture);
                    var name = reader.ReadElementContentAsString();
                    var canonical = StandardNamespaces.All.FirstOrDefault(n => n.Id == key)?.CanonicalName ?? name;
                    namespaces.Add(new NamespaceInfo(key, name, canonical, []));
                    break;
                case "page":
                    redirect = null;
                    model = "wikitext";
                    break;
                case "title":
                    title = reader.ReadElementContentAsString();
                    break;
                case "ns":
                    ns = int.Parse(reader.ReadElementContentAsString(), CultureInfo.InvariantCulture);
                    break;
                case "redirect":
                    redirect = reader.GetAttribute("title");
                    break;
                case "model":
                    model = reader.ReadElementContentAsString();
                    break;
                case "text":
                    pages.Add(new DumpedPage(title, ns, reader.ReadElementContentAsString(), model, redirect));
                    break;
            }
        }

        process.WaitForExit();
        return (new SiteConfiguration("Wikipedia", "//fat.wikipedia.org", "fat", namespaces, []), pages);
    }

    public static string ShortHash(string text)
        => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    internal sealed record DumpedPage(string Title, int Namespace, string Text, string Model, string? RedirectTarget);

    [GeneratedRegex(@"^!!\s*(\S+)")]
    private static partial Regex SectionRegex();
}
