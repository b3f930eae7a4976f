using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.LanguageConversion;

/// <summary>
/// <c>&lt;langconvert from="sr-Latn" to="sr-Cyrl"&gt;text&lt;/langconvert&gt;</c>: the text, parsed, shown
/// converted into the <c>to</c> variant. Both attributes are BCP 47 tags of variants of one converted
/// language; anything else is an error message.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class LangConvertTag : ITagExtension
{
    private const string Error = "<span class=\"error\"><strong>Error:</strong> Langconvert tag's <code>from</code> and <code>to</code> attributes must not be empty and must contain BCP 47 codes for convertible variants of the same language.</span>";

    /// <inheritdoc/>
    public IReadOnlyList<string> TagNames { get; } = ["langconvert"];

    /// <inheritdoc/>
    public TagResult Render(TagInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var options = invocation.Session.Options;
        if (!invocation.Attributes.TryGetValue("from", out var from) || !invocation.Attributes.TryGetValue("to", out var to)
            || !LanguageConverters.TryFindBcp47Variant(from, options, out var fromConverter, out _)
            || !LanguageConverters.TryFindBcp47Variant(to, options, out var toConverter, out var toVariant)
            || !ReferenceEquals(fromConverter, toConverter))
        {
            return Error;
        }

        if (string.IsNullOrEmpty(invocation.Content))
        {
            return string.Empty;
        }

        var html = invocation.RecursiveTagParse(invocation.Content);
        return new ConversionSession(toConverter, toVariant).Convert(html);
    }
}
