using System.Text;
using System.Text.Json;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Tests.Sanitization;

/// <summary>
/// Replays the answers MediaWiki 1.39 gave for the inputs in <c>TestData/Sanitization/*.jsonl</c>
/// (made by <c>Oracle/generate.py</c> from MediaWiki's own Sanitizer and tidy) against our code.
/// </summary>
internal static class OracleCases
{
    /// <summary>One recorded call.</summary>
    public sealed record Case(string Fn, string Input, string? Element, IReadOnlyList<string>? Mode, JsonElement Expected, int Line);

    public static IReadOnlyList<Case> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Sanitization", file);
        var cases = new List<Case>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var mode = root.TryGetProperty("mode", out var m) && m.ValueKind == JsonValueKind.Array
                ? m.EnumerateArray().Select(x => x.GetString()!).ToList()
                : null;
            var element = root.TryGetProperty("el", out var el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;
            cases.Add(new Case(root.GetProperty("fn").GetString()!, root.GetProperty("in").GetString()!, element, mode, root.GetProperty("out").Clone(), lineNo));
        }

        return cases;
    }

    /// <summary>Runs every case and returns a report of the mismatches (empty when all pass).</summary>
    public static string Check(IEnumerable<Case> cases, Func<Case, string?> run, Func<Case, string> expected)
    {
        var failures = new StringBuilder();
        var count = 0;
        foreach (var c in cases)
        {
            string? actual;
            try
            {
                actual = run(c);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                actual = "THREW " + ex.GetType().Name + ": " + ex.Message;
            }

            var want = expected(c);
            if (actual is null || !string.Equals(actual, want, StringComparison.Ordinal))
            {
                count++;
                if (count <= 15)
                {
                    failures.Append("line ").Append(c.Line).Append(' ').Append(c.Fn).Append(c.Element is null ? string.Empty : "/" + c.Element)
                        .Append("\n  input:    ").Append(Show(c.Input))
                        .Append("\n  expected: ").Append(Show(want))
                        .Append("\n  actual:   ").Append(Show(actual ?? "(unsupported)")).Append('\n');
                }
            }
        }

        return count == 0 ? string.Empty : $"{count} mismatches\n{failures}";
    }

    public static FragmentMode PrimaryMode(Case c) => ParseMode(c.Mode is { Count: > 0 } ? c.Mode[0] : "html5");

    public static FragmentMode FallbackMode(Case c) => ParseMode(c.Mode is { Count: > 1 } ? c.Mode[1] : c.Mode is null ? "legacy" : "none");

    public static string Show(string s) => JsonSerializer.Serialize(s);

    private static FragmentMode ParseMode(string mode) => mode switch
    {
        "html5" => FragmentMode.Html5,
        "legacy" => FragmentMode.Legacy,
        _ => throw new InvalidDataException("unsupported fragment mode " + mode),
    };
}
