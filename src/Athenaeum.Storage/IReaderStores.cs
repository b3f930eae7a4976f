namespace Athenaeum.Storage;

/// <summary>
/// The tables the reader's site adds to a library: the search index, Collections listings, reader
/// flags, the mail log and the library's settings. A provider that supports the web site implements
/// this beside <see cref="ILibraryProvider"/>.
/// </summary>
/// <remarks>Thread-safe; the stores are shared by the whole web server.</remarks>
public interface IReaderStores
{
    /// <summary>Gets the full-text and title index.</summary>
    ISearchIndex Search { get; }

    /// <summary>Gets the listings of categories (Collections) and their members.</summary>
    ICollectionStore Collections { get; }

    /// <summary>Gets the stored hidden flags of category pages.</summary>
    IHiddenCategoryStore HiddenCategories { get; }

    /// <summary>Gets the readers' flags ("Flag as Inappropriate").</summary>
    IFlagStore Flags { get; }

    /// <summary>Gets the log of articles sent by mail ("Email this Article").</summary>
    IMailLog MailLog { get; }

    /// <summary>Gets the library's own settings (for example the secret that keys address hashes).</summary>
    ILibrarySettings Settings { get; }
}
