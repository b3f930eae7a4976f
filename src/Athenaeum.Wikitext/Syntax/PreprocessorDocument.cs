namespace Athenaeum.Wikitext.Syntax;

/// <summary>The preprocessor tree of one wikitext: its root list and how it was built.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PreprocessorDocument
{
    /// <summary>Initializes a new instance of the <see cref="PreprocessorDocument"/> class.</summary>
    /// <param name="source">The text the tree was built from.</param>
    /// <param name="root">The root list.</param>
    /// <param name="forInclusion">Whether the tree was built for transclusion.</param>
    /// <param name="headingCount">How many headings (section and possible) were found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="root"/> is <see langword="null"/>.</exception>
    public PreprocessorDocument(string source, NodeList root, bool forInclusion, int headingCount)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(root);
        Source = source;
        Root = root;
        ForInclusion = forInclusion;
        HeadingCount = headingCount;
    }

    /// <summary>Gets the text the tree was built from.</summary>
    public string Source { get; }

    /// <summary>Gets the root list; its source is <see cref="Source"/>.</summary>
    public NodeList Root { get; }

    /// <summary>
    /// Gets a value indicating whether the tree was built for transclusion (<c>&lt;noinclude&gt;</c>
    /// ignored, <c>&lt;includeonly&gt;</c> and <c>&lt;onlyinclude&gt;</c> honoured) rather than for page view.
    /// </summary>
    public bool ForInclusion { get; }

    /// <summary>Gets how many headings the scan found (the highest heading index).</summary>
    public int HeadingCount { get; }

    /// <inheritdoc/>
    public override string ToString() => Root.ToString();
}
