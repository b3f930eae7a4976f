using System.Text;
using Athenaeum.Wikitext.Expansion;
using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Scribunto.Tests.Support;

/// <summary>
/// A minimal preprocessor frame for unit tests (until the real preprocessor is merged): arguments,
/// {{{name}}} substitution in Preprocess, and recorded calls for templates and tags.
/// </summary>
internal sealed class TestFrame : IExpansionFrame
{
    private readonly List<KeyValuePair<string, string>> _args;

    public TestFrame(PageTitle title, IExpansionFrame? parent = null, IReadOnlyList<KeyValuePair<string, string>>? args = null)
    {
        Title = title;
        Parent = parent;
        _args = args is null ? [] : [.. args];
    }

    public PageTitle Title { get; }

    public IExpansionFrame? Parent { get; }

    public int Depth => Parent is null ? 0 : Parent.Depth + 1;

    public IReadOnlyList<string> ArgumentNames => _args.ConvertAll(a => a.Key);

    /// <summary>Gets or sets a hook run by Preprocess (to burn time or allocate inside a host call in tests).</summary>
    public Func<string, string>? OnPreprocess { get; set; }

    public List<string> Calls { get; } = [];

    public bool TryGetArgument(string name, out string value)
    {
        foreach (var (k, v) in _args)
        {
            if (string.Equals(k, name, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = string.Empty;
        return false;
    }

    public string Preprocess(string wikitext)
    {
        Calls.Add("preprocess:" + wikitext);
        if (OnPreprocess is not null)
        {
            return OnPreprocess(wikitext);
        }

        var sb = new StringBuilder();
        var i = 0;
        while (i < wikitext.Length)
        {
            var start = wikitext.IndexOf("{{{", i, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var end = wikitext.IndexOf("}}}", start, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            sb.Append(wikitext, i, start - i);
            var inner = wikitext[(start + 3)..end];
            var bar = inner.IndexOf('|', StringComparison.Ordinal);
            var name = bar < 0 ? inner : inner[..bar];
            sb.Append(TryGetArgument(name.Trim(), out var v) ? v : bar < 0 ? "{{{" + inner + "}}}" : inner[(bar + 1)..]);
            i = end + 3;
        }

        sb.Append(wikitext, i, wikitext.Length - i);
        return sb.ToString();
    }

    public string ExpandTemplate(PageTitle title, IReadOnlyList<KeyValuePair<string, string>> arguments)
    {
        var text = "{{" + title.PrefixedText + string.Concat(arguments.Select(a => "|" + a.Key + "=" + a.Value)) + "}}";
        Calls.Add("template:" + text);
        return text;
    }

    public string CallParserFunction(string name, IReadOnlyList<string> arguments)
    {
        Calls.Add("function:" + name);
        return name + ":" + string.Join("|", arguments);
    }

    public string ExtensionTag(string name, string? content, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        Calls.Add("tag:" + name);
        return "\u007f'\"`UNIQ-" + name + "-00000000-QINU`\"'\u007f";
    }

    public IExpansionFrame NewChild(PageTitle title, IReadOnlyList<KeyValuePair<string, string>> arguments)
        => new TestFrame(title, this, arguments) { OnPreprocess = OnPreprocess };
}
