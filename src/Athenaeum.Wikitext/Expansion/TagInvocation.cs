using Athenaeum.Wikitext.Parsing;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>One occurrence of an extension tag being rendered: what was written and where.</summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
public sealed class TagInvocation
{
    /// <summary>Initializes a new instance of the <see cref="TagInvocation"/> class.</summary>
    /// <param name="name">The tag name, lowercase.</param>
    /// <param name="content">The raw content, or <see langword="null"/> for a self-closing tag.</param>
    /// <param name="attributes">The decoded attributes, in source order.</param>
    /// <param name="frame">The frame the tag appears in.</param>
    /// <param name="session">The render.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="content"/> is <see langword="null"/>.</exception>
    public TagInvocation(string name, string? content, IReadOnlyDictionary<string, string> attributes, IExpansionFrame frame, ParseSession session)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(session);
        Name = name;
        Content = content;
        Attributes = attributes;
        Frame = frame;
        Session = session;
    }

    /// <summary>Gets the tag name, lowercase.</summary>
    public string Name { get; }

    /// <summary>Gets the raw content between the tags (not expanded), or <see langword="null"/> for a self-closing tag.</summary>
    public string? Content { get; }

    /// <summary>
    /// Gets the attributes, decoded as MediaWiki's Sanitizer::decodeTagAttributes does (names
    /// lowercase, character references decoded, whitespace normalized), in source order. Not
    /// validated: the extension keeps what it understands.
    /// </summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>Gets the frame the tag appears in (for <c>{{{arguments}}}</c> in recursive parses).</summary>
    public IExpansionFrame Frame { get; }

    /// <summary>Gets the render: context, output, strip state, limits.</summary>
    public ParseSession Session { get; }

    /// <summary>Gets the render as a parser-function host (tracking categories, extension state, expensive count).</summary>
    public IParserFunctionHost Host => (IParserFunctionHost)Frame;

    /// <summary>Expands and parses wikitext to half-parsed HTML in the tag's frame (MediaWiki's recursiveTagParse).</summary>
    /// <param name="wikitext">The wikitext.</param>
    /// <returns>The half-parsed HTML, strip markers included.</returns>
    /// <exception cref="InvalidOperationException">No recursive parser is set on the session.</exception>
    public string RecursiveTagParse(string wikitext) => Session.GetRecursiveParser().RecursiveTagParse(wikitext, Frame);

    /// <summary>Expands and fully parses wikitext in the tag's frame (MediaWiki's recursiveTagParseFully).</summary>
    /// <param name="wikitext">The wikitext.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="InvalidOperationException">No recursive parser is set on the session.</exception>
    public string RecursiveTagParseFully(string wikitext) => Session.GetRecursiveParser().RecursiveTagParseFully(wikitext, Frame);

    /// <summary>Expands templates and arguments in the tag's frame without parsing (MediaWiki's recursivePreprocess).</summary>
    /// <param name="wikitext">The wikitext.</param>
    /// <returns>The expanded text, possibly holding strip markers.</returns>
    public string RecursivePreprocess(string wikitext) => Frame.Preprocess(wikitext);
}
