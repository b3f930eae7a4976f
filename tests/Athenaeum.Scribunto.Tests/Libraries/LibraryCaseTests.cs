using System.Text;
using Athenaeum.Scribunto.Tests.Support;

namespace Athenaeum.Scribunto.Tests.Libraries;

/// <summary>
/// The mw libraries and the sandboxed base library against MediaWiki itself: every expression of
/// TestData/library-cases.tsv is evaluated in Athenaeum's sandbox and compared with the value the
/// oracle MediaWiki (Scribunto 1.39, luasandbox) gave (Oracle/make-library-cases.py).
/// </summary>
public sealed class LibraryCaseTests
{
    private static readonly Lazy<IReadOnlyList<(string Expression, string Expected)>> Cases = new(LoadCases);
    private static readonly Lazy<string[]> Actual = new(RunAll);

    public static TheoryData<int, string> CaseData()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Cases.Value.Count; i++)
        {
            data.Add(i, Cases.Value[i].Expression);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseData))]
    public void Evaluate_Expression_MatchesMediaWiki(int index, string expression)
    {
        var (_, expected) = Cases.Value[index];
        Assert.True(Actual.Value.Length > index, "the harness returned " + Actual.Value.Length + " values; first: " + Actual.Value[0]);
        Assert.Equal(expected, Actual.Value[index]);
        Assert.NotNull(expression);
    }

    private static string[] RunAll()
    {
        using var runner = new LuaRunner(site: TestSites.English);
        var harness = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "library-harness.lua"));
        var body = new StringBuilder(harness).Append("\nreturn run({\n");
        foreach (var (expression, _) in Cases.Value)
        {
            body.Append("function () return ").Append(expression).Append(" end,\n");
        }

        body.Append("})\n");
        runner.AddModule("Cases", "local p = {}\nfunction p.run(frame)\n" + body + "\nend\nreturn p\n");
        using var host = runner.NewPage("Sandbox");
        var output = runner.Invoke(host, "Cases", "run");
        return output.Split('\u001e');
    }

    private static List<(string, string)> LoadCases()
    {
        var cases = new List<(string, string)>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "library-cases.tsv")))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            cases.Add((Unescape(line[..tab]), Unescape(line[(tab + 1)..])));
        }

        return cases;
    }

    private static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
                sb.Append(s[i] switch
                {
                    't' => '\t',
                    'n' => '\n',
                    'r' => '\r',
                    _ => s[i],
                });
            }
            else
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }
}
