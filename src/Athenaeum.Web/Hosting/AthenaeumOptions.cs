using Athenaeum.Storage.Sqlite;

namespace Athenaeum.Web.Hosting;

/// <summary>
/// The site's settings: the configuration section <c>Athenaeum</c> (appsettings.json, environment
/// variables such as <c>Athenaeum__Publisher</c>, or <c>athenaeum.json</c> beside the library).
/// docs/web.md lists every setting.
/// </summary>
public sealed class AthenaeumOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string SectionName = "Athenaeum";

    /// <summary>Gets or sets the library file (SQLite).</summary>
    public string Library { get; set; } = "./data/library.db";

    /// <summary>Gets or sets the directory of the operator's files (terms.md, privacy.md …); the library's directory when empty.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Gets or sets the site's name in the site bar and titles; the wiki's site name when empty.</summary>
    public string? LibraryName { get; set; }

    /// <summary>Gets or sets the Publisher shown in every article's metadata block.</summary>
    public string Publisher { get; set; } = "Athenaeum";

    /// <summary>Gets or sets the Author shown in the metadata block; "{site name} contributors" when empty.</summary>
    public string? Author { get; set; }

    /// <summary>Gets or sets the site's public address (<c>https://library.example.org</c>), used in mailed links; the request's own address when empty.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Gets or sets the source wiki's script path for revision links (<c>{server}{path}/index.php?oldid=N</c>); "/w" when the wiki uses /wiki/ article paths, as Wikimedia's wikis do.</summary>
    public string? SourceScriptPath { get; set; }

    /// <summary>Gets or sets the title of the home page's featured article; an article of the day is picked when empty.</summary>
    public string? FeaturedArticle { get; set; }

    /// <summary>Gets or sets the memory for finished, compressed pages, in MiB.</summary>
    public int ResponseCacheMiB { get; set; } = 256;

    /// <summary>
    /// Gets or sets whether to serve the library read-only: <see langword="true"/> always (<c>serve --read-only</c>),
    /// <see langword="false"/> never (a library the server cannot write is then refused), <see langword="null"/>
    /// (the default) when the library file or its folder is not writable. Read-only, the server writes nothing
    /// into the library: renderings are kept in memory (<see cref="RenderCacheMiB"/>), the search index is
    /// used as it is, and what readers send goes to the state database (<see cref="StatePath"/>).
    /// </summary>
    public bool? ReadOnly { get; set; }

    /// <summary>
    /// Gets or sets the state database of a read-only library (readers' flags, the mail log, rate limits), created
    /// on demand; <see langword="null"/> for <c>athenaeum/&lt;library&gt;-&lt;hash&gt;-state.db</c> in the user's data
    /// directory (<c>$XDG_DATA_HOME</c>, else <c>~/.local/share</c>). Unused when the library is writable.
    /// </summary>
    public string? StatePath { get; set; }

    /// <summary>
    /// Gets or sets the SQLite page cache of each reader connection, in MiB. The server keeps up to
    /// <see cref="ReaderConnections"/> of them, so the memory this may take is that many times this;
    /// each cache fills only as pages are read. Search reads index and text pages scattered over the
    /// file: a larger cache turns more of them into memory hits instead of system calls.
    /// </summary>
    public int ReaderCacheMiB { get; set; } = SqliteLibraryOptions.DefaultReaderCacheMiB;

    /// <summary>
    /// Gets or sets how much of the library file readers map into memory, in MiB (0 turns mapping off).
    /// SQLite maps at most the first 2 GiB; the mapping is shared by every connection and counts as file cache, not process memory.
    /// </summary>
    public int MmapMiB { get; set; } = SqliteLibraryOptions.DefaultMmapMiB;

    /// <summary>
    /// Gets or sets the memory search ranking may use to keep each page's token count, in MiB (two bytes per
    /// page id; 0 keeps none, and every match's count is read from the index: searches take about a fifth more CPU).
    /// </summary>
    public int RankingCacheMiB { get; set; } = SqliteLibraryOptions.DefaultRankingCacheMiB;

    /// <summary>Gets or sets how many idle reader connections (each with its prepared statements and page cache) are kept open.</summary>
    public int ReaderConnections { get; set; } = SqliteLibraryOptions.DefaultMaxIdleReaders;

    /// <summary>
    /// Gets or sets how many full-text searches run at once (others wait their turn, holding no thread); the
    /// processor count by default, since a search keeps a processor busy from start to end.
    /// </summary>
    public int SearchConcurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>Gets or sets the memory in MiB for renderings of a read-only library (least recently used go first).</summary>
    public int RenderCacheMiB { get; set; } = 128;

    /// <summary>Gets or sets how often the library is checked for a new import, in seconds.</summary>
    public double GenerationCheckSeconds { get; set; } = 2;

    /// <summary>Gets or sets a value indicating whether to trust X-Forwarded-For/-Proto from a reverse proxy (only behind one).</summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>Gets or sets a value indicating whether the search index is brought up to date in the background at start-up.</summary>
    public bool SynchronizeSearchOnStart { get; set; } = true;

    /// <summary>
    /// Gets or sets how many seconds the server may spend at start-up, before it serves, deciding which category pages
    /// hide their category when the library has pages not yet decided (a library not imported by this version's
    /// <c>athenaeum import</c>); the rest is decided in the background. 0 decides everything in the background.
    /// </summary>
    public double HiddenCategoriesStartSeconds { get; set; } = 10;

    /// <summary>Gets or sets a value indicating whether every article is rendered into the cache in the background at start-up.</summary>
    public bool WarmUp { get; set; }

    /// <summary>Gets the outgoing mail settings of "Email this Article".</summary>
    public SmtpOptions Smtp { get; } = new();

    /// <summary>Gets the anti-abuse limits.</summary>
    public LimitOptions Limits { get; } = new();
}
