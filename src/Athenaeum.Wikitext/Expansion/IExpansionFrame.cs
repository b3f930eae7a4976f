using Athenaeum.Wikitext.Titles;

namespace Athenaeum.Wikitext.Expansion;

/// <summary>
/// A preprocessor frame: the page or template being expanded with its arguments, as MediaWiki's
/// PPFrame. Lua modules reach it through <c>mw.getCurrentFrame()</c> and <c>frame:getParent()</c>.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
public interface IExpansionFrame
{
    /// <summary>Gets the title of the page or template this frame expands.</summary>
    PageTitle Title { get; }

    /// <summary>Gets the frame that transcluded this one, or <see langword="null"/> for the page itself.</summary>
    IExpansionFrame? Parent { get; }

    /// <summary>Gets how many frames are above this one (0 for the page).</summary>
    int Depth { get; }

    /// <summary>Gets the names of the arguments passed to this frame ("1", "2", "title" …), in call order.</summary>
    IReadOnlyList<string> ArgumentNames { get; }

    /// <summary>
    /// Expands one argument as MediaWiki's PPFrame::getArgument does: positional values untrimmed,
    /// named values trimmed. Expanded once, then cached.
    /// </summary>
    /// <param name="name">The argument name ("1" for the first positional).</param>
    /// <param name="value">The expanded value.</param>
    /// <returns><see langword="true"/> when the argument was passed.</returns>
    bool TryGetArgument(string name, out string value);

    /// <summary>Preprocesses wikitext in this frame (templates and <c>{{{args}}}</c> expand), as <c>frame:preprocess</c>.</summary>
    /// <param name="wikitext">The wikitext.</param>
    /// <returns>The expanded text, possibly holding strip markers.</returns>
    string Preprocess(string wikitext);

    /// <summary>Expands a template with the given arguments, as <c>frame:expandTemplate</c>.</summary>
    /// <param name="title">The template's title.</param>
    /// <param name="arguments">The arguments by name ("1", "2" for positional).</param>
    /// <returns>The expanded text.</returns>
    /// <exception cref="ExpansionException">
    /// The template is too deep, not includable, missing, or loops (Scribunto's messages, such as
    /// <c>expandTemplate: template "Template:X" does not exist</c>).
    /// </exception>
    string ExpandTemplate(PageTitle title, IReadOnlyList<KeyValuePair<string, string>> arguments);

    /// <summary>Calls a parser function with already expanded arguments, as <c>frame:callParserFunction</c>.</summary>
    /// <param name="name">The function name ("#tag", "lc" …).</param>
    /// <param name="arguments">The arguments; the first is the text after the colon.</param>
    /// <returns>The result text.</returns>
    /// <exception cref="ExpansionException">No parser function has that name (<c>callParserFunction: function "x" was not found</c>).</exception>
    string CallParserFunction(string name, IReadOnlyList<string> arguments);

    /// <summary>Runs an extension tag, as <c>frame:extensionTag</c>; returns its strip marker.</summary>
    /// <param name="name">The tag name ("ref").</param>
    /// <param name="content">The content, or <see langword="null"/> for a self-closing tag.</param>
    /// <param name="attributes">The attributes.</param>
    /// <returns>The strip marker standing for the tag's output.</returns>
    string ExtensionTag(string name, string? content, IReadOnlyList<KeyValuePair<string, string>> attributes);

    /// <summary>Creates a child frame with the given title and arguments, as <c>frame:newChild</c>.</summary>
    /// <param name="title">The child's title.</param>
    /// <param name="arguments">The child's arguments (already expanded text).</param>
    /// <returns>The new frame.</returns>
    IExpansionFrame NewChild(PageTitle title, IReadOnlyList<KeyValuePair<string, string>> arguments);
}
