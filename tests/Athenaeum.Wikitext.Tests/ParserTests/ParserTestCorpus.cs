using System.Collections.Frozen;
using Athenaeum.Wikitext.ParserTests;

namespace Athenaeum.Wikitext.Tests.ParserTests;

/// <summary>
/// The parser-test files of <c>../shared/corpus/parser-tests/</c>, read once, and the list of cases known
/// to fail (<c>known-failures.txt</c>, one "file: name" per line).
/// </summary>
internal static class ParserTestCorpus
{
    private static readonly Lazy<FrozenDictionary<string, ParserTestFile>> FilesLazy = new(LoadFiles);
    private static readonly Lazy<FrozenSet<string>> KnownFailuresLazy = new(LoadKnownFailures);
    private static readonly Lazy<ParserTestRunner> RunnerLazy = new(() => new ParserTestRunner());

    /// <summary>Gets the parsed files by file name.</summary>
    public static FrozenDictionary<string, ParserTestFile> Files => FilesLazy.Value;

    /// <summary>Gets the known failures as "file: name" keys.</summary>
    public static FrozenSet<string> KnownFailures => KnownFailuresLazy.Value;

    /// <summary>Gets the runner under test.</summary>
    public static ParserTestRunner Runner => RunnerLazy.Value;

    /// <summary>Gets the path of known-failures.txt in the source tree.</summary>
    public static string KnownFailuresSourcePath
        => Path.Combine(CorpusPaths.RepositoryRoot, "tests", "Athenaeum.Wikitext.Tests", "ParserTests", "known-failures.txt");

    /// <summary>Makes the key of a case in known-failures.txt.</summary>
    public static string Key(string file, string name) => file + ": " + name;

    /// <summary>Finds a case by file and name.</summary>
    public static (ParserTestFile File, ParserTestCase Case) Find(string file, string name)
    {
        var parsed = Files[file];
        return (parsed, parsed.Cases.First(c => string.Equals(CaseId(c), name, StringComparison.Ordinal)));
    }

    /// <summary>The name that identifies a case: its name, or "name (line N)" when a file repeats a name.</summary>
    public static string CaseId(ParserTestCase testCase) => testCase.Name.Length > 0 ? testCase.Name : "(line " + testCase.LineNumber + ")";

    private static FrozenDictionary<string, ParserTestFile> LoadFiles()
        => Directory.GetFiles(CorpusPaths.Get("parser-tests"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(ParserTestReader.ReadFile)
            .ToFrozenDictionary(f => f.FileName, StringComparer.Ordinal);

    private static FrozenSet<string> LoadKnownFailures()
    {
        var path = KnownFailuresSourcePath;
        if (!File.Exists(path))
        {
            return FrozenSet<string>.Empty;
        }

        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
