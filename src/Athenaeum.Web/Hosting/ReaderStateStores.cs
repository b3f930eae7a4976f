using Athenaeum.Storage;

namespace Athenaeum.Web.Hosting;

/// <summary>
/// The reader's-site tables of a library served read-only: the search index and Collections come from the
/// library; flags, the mail log and settings (the address-hashing key) from a separate writable state
/// database, or, when there is none, from stores that refuse to store (the forms say so) and settings kept in memory.
/// </summary>
/// <remarks>Thread-safe as its stores are.</remarks>
internal sealed class ReaderStateStores : IReaderStores
{
    public ReaderStateStores(IReaderStores library, IReaderStores? state, string unavailableReason)
    {
        Search = library.Search;
        Collections = library.Collections;
        HiddenCategories = library.HiddenCategories;
        if (state is not null)
        {
            Flags = state.Flags;
            MailLog = state.MailLog;
            Settings = state.Settings;
        }
        else
        {
            var refusing = new ReaderInputUnavailable(unavailableReason);
            Flags = refusing;
            MailLog = refusing;
            Settings = new MemorySettings(library.Settings);
        }
    }

    /// <inheritdoc/>
    public ISearchIndex Search { get; }

    /// <inheritdoc/>
    public ICollectionStore Collections { get; }

    /// <inheritdoc/>
    public IHiddenCategoryStore HiddenCategories { get; }

    /// <inheritdoc/>
    public IFlagStore Flags { get; }

    /// <inheritdoc/>
    public IMailLog MailLog { get; }

    /// <inheritdoc/>
    public ILibrarySettings Settings { get; }
}
