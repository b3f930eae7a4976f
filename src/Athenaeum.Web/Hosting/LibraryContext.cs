using Athenaeum.Import.Indexing;
using Athenaeum.Import;
using Athenaeum.Storage;
using Athenaeum.Web.Rendering;
using Athenaeum.Web.Text;
using Athenaeum.Wikitext.Site;
using Athenaeum.Wikitext.Titles;
using Athenaeum.Wikitext;

namespace Athenaeum.Web.Hosting;

/// <summary>
/// The open library and everything derived from its wiki that the site shares: the stores, the site
/// configuration, the title parser, the page source and the pipeline the renderer uses, and the names
/// the pages print (library, language, author, publisher).
/// </summary>
/// <remarks>Thread-safe; one instance per server. Disposing it closes the library.</remarks>
internal sealed partial class LibraryContext : IDisposable
{
    private readonly bool _ownsProvider;

    /// <summary>Initializes a new instance of the <see cref="LibraryContext"/> class.</summary>
    /// <param name="provider">The open library.</param>
    /// <param name="options">The site's options.</param>
    /// <param name="ownsProvider">Whether disposing the context closes the library.</param>
    /// <param name="readOnly">For a library open read-only: why, and its state database (owned by the context).</param>
    public LibraryContext(ILibraryProvider provider, AthenaeumOptions options, bool ownsProvider = true, ReadOnlyServing? readOnly = null)
    {
        Provider = provider;
        _ownsProvider = ownsProvider;
        Options = options;
        var libraryStores = provider as IReaderStores
            ?? throw new LibraryException($"{provider.Location}: the {provider.ProviderName} provider has no reader tables (search, flags, mail log); the site needs them.");
        if (provider.IsReadOnly)
        {
            ReadOnly = readOnly ?? new ReadOnlyServing("the library is open read-only", null, null, "no state database was given");
            Stores = new ReaderStateStores(libraryStores, ReadOnly.State as IReaderStores, ReaderInputUnavailableMessage);
            RenderCache = new MemoryRenderCache(Math.Max(1, options.RenderCacheMiB) * 1024L * 1024L);
        }
        else
        {
            Stores = libraryStores;
            RenderCache = provider.RenderCache;
        }

        Site = provider.Site.GetSite()
            ?? throw new LibraryException($"{provider.Location}: the library is empty; import a dump first ('athenaeum import DUMP --library {provider.Location}').");
        Configuration = SiteConfigurationFactory.Create(Site);
        Titles = new TitleParser(Configuration);
        PageSource = new LibraryPageSource(provider.Pages, Configuration);
        Pipeline = WikitextPipelineFactory.Create();
        LibraryName = string.IsNullOrWhiteSpace(options.LibraryName) ? Site.SiteName : options.LibraryName.Trim();
        LanguageName = LanguageNames.Get(Site.Language);
        SearchDocuments = new SearchDocumentBuilder(Configuration);
        Stripper = SearchDocuments.Stripper;
        DataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory)
            ? Path.GetDirectoryName(Path.GetFullPath(provider.Location)) ?? "."
            : Path.GetFullPath(options.DataDirectory);
        SourceServer = Configuration.Server.StartsWith("//", StringComparison.Ordinal) ? "https:" + Configuration.Server : Configuration.Server;
        SourceScriptPath = options.SourceScriptPath
            ?? (Configuration.ArticlePath.StartsWith("/wiki/", StringComparison.Ordinal) ? "/w" : string.Empty);
    }

    /// <summary>Gets the library.</summary>
    public ILibraryProvider Provider { get; }

    /// <summary>Gets the reader tables.</summary>
    public IReaderStores Stores { get; }

    /// <summary>Gets where renderings are cached: the library, or memory when it is read-only.</summary>
    public IRenderCache RenderCache { get; }

    /// <summary>Gets how a read-only library is served (why, where readers' input goes), or <see langword="null"/> when it is writable.</summary>
    public ReadOnlyServing? ReadOnly { get; }

    /// <summary>Gets a value indicating whether readers' flags and mail can be stored: the library is writable or has a state database.</summary>
    public bool AcceptsReaderInput => ReadOnly is null || ReadOnly.State is not null;

    /// <summary>Gets what the Flag and Email forms say when <see cref="AcceptsReaderInput"/> is false.</summary>
    public string ReaderInputUnavailableMessage
        => "This site cannot accept flags or e-mail requests: its library is read-only and it has no writable place to keep them"
            + (ReadOnly?.StateProblem is { } problem ? " (" + problem + ")." : ".");

    /// <summary>Gets the site settings.</summary>
    public AthenaeumOptions Options { get; }

    /// <summary>Gets the wiki the library holds.</summary>
    public LibrarySite Site { get; }

    /// <summary>Gets the wiki's configuration for the engine.</summary>
    public SiteConfiguration Configuration { get; }

    /// <summary>Gets the wiki's title parser.</summary>
    public TitleParser Titles { get; }

    /// <summary>Gets the engine's view of the library's pages (cached templates).</summary>
    public LibraryPageSource PageSource { get; }

    /// <summary>Gets the rendering pipeline.</summary>
    public WikitextPipeline Pipeline { get; }

    /// <summary>Gets the plain-text stripper of the wiki's namespaces.</summary>
    public WikitextStripper Stripper { get; }

    /// <summary>Gets the builder of this wiki's search documents.</summary>
    public SearchDocumentBuilder SearchDocuments { get; }

    /// <summary>Gets the site's name.</summary>
    public string LibraryName { get; }

    /// <summary>Gets the name of the content language ("English").</summary>
    public string LanguageName { get; }

    /// <summary>Gets the directory of the operator's files.</summary>
    public string DataDirectory { get; }

    /// <summary>Gets the source wiki's server with a scheme ("https://en.wikipedia.org").</summary>
    public string SourceServer { get; }

    /// <summary>Gets the source wiki's script path ("/w").</summary>
    public string SourceScriptPath { get; }

    /// <summary>Gets a page's title with its namespace prefix.</summary>
    /// <param name="ns">The namespace.</param>
    /// <param name="title">The title without prefix.</param>
    /// <returns>The prefixed title.</returns>
    public string PrefixedTitle(int ns, string title)
        => ns == StandardNamespaces.Main ? title : Configuration.GetNamespaceName(ns) + ":" + title;

    /// <summary>Gets a page's engine title.</summary>
    /// <param name="ns">The namespace.</param>
    /// <param name="title">The title without prefix.</param>
    /// <returns>The title.</returns>
    public PageTitle MakeTitle(int ns, string title) => new(ns, title, Configuration.GetNamespaceName(ns));

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsProvider)
        {
            Provider.Dispose();
        }

        ReadOnly?.State?.Dispose();
    }

}
