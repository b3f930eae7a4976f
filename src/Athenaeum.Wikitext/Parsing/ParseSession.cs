using System.Globalization;
using Athenaeum.Wikitext.Expansion;

namespace Athenaeum.Wikitext.Parsing;

/// <summary>
/// One render in progress: the pipeline, the page's context, the output being filled, the strip
/// state, the expansion counters and per-extension state. Created by the render orchestration,
/// passed to <see cref="Preprocessor.WikitextPreprocessor.Expand"/> and to the internal parse passes.
/// </summary>
/// <remarks>Not thread-safe: one session per render, used on one thread, disposed when the render ends.</remarks>
public sealed partial class ParseSession : IDisposable
{
    private readonly Dictionary<Type, object> _extensionState = [];
    private readonly List<HeadingMarker> _headings = [];
    private ExpansionFrame? _rootFrame;
    private TemplateLoader? _templates;
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="ParseSession"/> class.</summary>
    /// <param name="pipeline">The pipeline (functions, tags, extensions).</param>
    /// <param name="context">The page being rendered and its wiki.</param>
    /// <param name="output">The output to fill, or <see langword="null"/> for a new one.</param>
    /// <param name="cancellationToken">Stops a long render between expansion steps.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pipeline"/> or <paramref name="context"/> is <see langword="null"/>.</exception>
    public ParseSession(WikitextPipeline pipeline, ParserContext context, ParserOutput? output = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(context);
        Pipeline = pipeline;
        Context = context;
        Output = output ?? new ParserOutput();
        CancellationToken = cancellationToken;
    }

    /// <summary>Gets the pipeline.</summary>
    public WikitextPipeline Pipeline { get; }

    /// <summary>Gets the page's context.</summary>
    public ParserContext Context { get; }

    /// <summary>Gets the limits of this render (shortcut for <c>Context.Options</c>).</summary>
    public ParserOptions Options => Context.Options;

    /// <summary>Gets the output being filled.</summary>
    public ParserOutput Output { get; }

    /// <summary>Gets the strip state: extension output and nowiki text behind markers.</summary>
    public StripState StripState { get; } = new();

    /// <summary>Gets the expansion counters.</summary>
    public ExpansionStatistics Statistics { get; } = new();

    /// <summary>Gets the token that stops the render; checked between expansion steps.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Gets or sets the recursive parser (MediaWiki's recursiveTagParse) that extension tags use.
    /// Set by the render orchestration before expansion starts.
    /// </summary>
    public IRecursiveParser? RecursiveParser { get; set; }

    /// <summary>
    /// Gets the headings marked during expansion, by serial number: the marker
    /// <c>h-{serial}</c> in the expanded text (see <see cref="TryParseHeadingMarker"/>) refers to entry <c>serial</c>.
    /// </summary>
    public IReadOnlyList<HeadingMarker> Headings => _headings;

    /// <summary>Gets the page frame: the page's own text, no arguments.</summary>
    public IExpansionFrame RootFrame => Root;

    internal ExpansionFrame Root => _rootFrame ??= new ExpansionFrame(this);

    internal TemplateLoader Templates => _templates ??= new TemplateLoader(this);

    internal ExpansionScratch Scratch { get; } = new();

    /// <summary>Gets the recursive parser, or explains that none was set.</summary>
    /// <returns>The recursive parser.</returns>
    /// <exception cref="InvalidOperationException">No recursive parser is set.</exception>
    public IRecursiveParser GetRecursiveParser()
        => RecursiveParser ?? throw new InvalidOperationException(
            "This render has no recursive parser: set ParseSession.RecursiveParser before expanding text that uses extension tags which parse their content.");

    /// <summary>Gets or creates per-render state of an extension (see <see cref="IParserFunctionHost.GetExtensionState{T}"/>).</summary>
    /// <typeparam name="T">The state type.</typeparam>
    /// <param name="create">Creates the state on first use.</param>
    /// <returns>The render's instance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="create"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">The session is disposed.</exception>
    public T GetExtensionState<T>(Func<T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_extensionState.TryGetValue(typeof(T), out var state))
        {
            return (T)state;
        }

        var created = create() ?? throw new InvalidOperationException($"The state factory for {typeof(T).Name} returned null.");
        _extensionState[typeof(T)] = created;
        return created;
    }

    /// <summary>
    /// Finds a heading marker at <paramref name="index"/> in expanded text and returns its serial
    /// (the index into <see cref="Headings"/>) and length.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where the marker would start.</param>
    /// <param name="serial">The heading serial.</param>
    /// <param name="length">The marker's length.</param>
    /// <returns><see langword="true"/> when a heading marker starts at <paramref name="index"/>.</returns>
    public static bool TryParseHeadingMarker(string text, int index, out int serial, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        serial = -1;
        length = 0;
        const string Head = StripState.MarkerPrefix + "h-";
        if (index < 0 || index + Head.Length > text.Length || string.CompareOrdinal(text, index, Head, 0, Head.Length) != 0)
        {
            return false;
        }

        var p = index + Head.Length;
        var digits = p;
        while (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        if (p == digits || p >= text.Length || text[p] != '-'
            || !int.TryParse(text.AsSpan(digits, p - digits), NumberStyles.None, CultureInfo.InvariantCulture, out serial))
        {
            serial = -1;
            return false;
        }

        var end = text.IndexOf(StripState.MarkerSuffix, p, StringComparison.Ordinal);
        if (end < 0)
        {
            serial = -1;
            return false;
        }

        length = end + StripState.MarkerSuffix.Length - index;
        return true;
    }

    /// <summary>Writes the expansion counters and their limits to <see cref="ParserOutput.LimitReport"/> and warns about too many expensive calls.</summary>
    public void CompleteLimitReport()
    {
        if (Statistics.ExpensiveFunctionCount > Options.MaxExpensiveFunctionCount)
        {
            LimitationWarn("expensive-parserfunction", Statistics.ExpensiveFunctionCount, Options.MaxExpensiveFunctionCount);
        }

        var report = Output.LimitReport;
        report[LimitReportKeys.VisitedNodes] = Statistics.VisitedNodeCount;
        report[LimitReportKeys.VisitedNodes + LimitReportKeys.LimitSuffix] = Options.MaxNodeCount;
        report[LimitReportKeys.PostExpandIncludeSize] = Statistics.PostExpandIncludeSize;
        report[LimitReportKeys.PostExpandIncludeSize + LimitReportKeys.LimitSuffix] = Options.MaxIncludeSize;
        report[LimitReportKeys.TemplateArgumentSize] = Statistics.TemplateArgumentSize;
        report[LimitReportKeys.TemplateArgumentSize + LimitReportKeys.LimitSuffix] = Options.MaxIncludeSize;
        report[LimitReportKeys.ExpansionDepth] = Statistics.HighestExpansionDepth;
        report[LimitReportKeys.ExpansionDepth + LimitReportKeys.LimitSuffix] = Options.MaxExpandDepth;
        report[LimitReportKeys.ExpensiveFunctionCount] = Statistics.ExpensiveFunctionCount;
        report[LimitReportKeys.ExpensiveFunctionCount + LimitReportKeys.LimitSuffix] = Options.MaxExpensiveFunctionCount;
    }

    /// <summary>Disposes the extension states that are disposable (a Lua engine).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var state in _extensionState.Values)
        {
            (state as IDisposable)?.Dispose();
        }

        _extensionState.Clear();
    }

    /// <summary>Records a heading and returns its marker (an empty general strip item named <c>h-{serial}</c>).</summary>
    internal string AddHeadingMarker(HeadingMarker heading)
    {
        _headings.Add(heading);
        var serial = (_headings.Count - 1).ToString(CultureInfo.InvariantCulture);
        return StripState.AddGeneral("h-" + serial, string.Empty);
    }
}
