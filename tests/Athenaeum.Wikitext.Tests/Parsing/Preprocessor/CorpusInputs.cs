using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Athenaeum.Tests.Shared;

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

    public static string ShortHash(string text)
        => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    [GeneratedRegex(@"^!!\s*(\S+)")]
    private static partial Regex SectionRegex();
}
