namespace Athenaeum.Storage.Sqlite;

/// <content>The reader's site tables (schema 2): search index, Collections listings, flags, mail log, settings.</content>
public sealed partial class SqliteLibraryProvider : IReaderStores
{
    private SqliteSearchIndex? _search;
    private SqliteCollectionStore? _collections;
    private SqliteHiddenCategoryStore? _hiddenCategories;
    private SqliteFlagStore? _flags;
    private SqliteMailLog? _mailLog;
    private SqliteLibrarySettings? _settings;

    /// <inheritdoc/>
    public ISearchIndex Search => LazyInitializer.EnsureInitialized(ref _search, () => new SqliteSearchIndex(this));

    /// <inheritdoc/>
    public ICollectionStore Collections => LazyInitializer.EnsureInitialized(ref _collections, () => new SqliteCollectionStore(this));

    /// <inheritdoc/>
    public IHiddenCategoryStore HiddenCategories => LazyInitializer.EnsureInitialized(ref _hiddenCategories, () => new SqliteHiddenCategoryStore(this));

    /// <inheritdoc/>
    public IFlagStore Flags => LazyInitializer.EnsureInitialized(ref _flags, () => new SqliteFlagStore(this));

    /// <inheritdoc/>
    public IMailLog MailLog => LazyInitializer.EnsureInitialized(ref _mailLog, () => new SqliteMailLog(this));

    /// <inheritdoc/>
    public ILibrarySettings Settings => LazyInitializer.EnsureInitialized(ref _settings, () => new SqliteLibrarySettings(this));
}
