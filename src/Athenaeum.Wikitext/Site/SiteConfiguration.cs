using System.Collections.Frozen;

namespace Athenaeum.Wikitext.Site;

/// <summary>
/// What the renderer needs to know about a wiki: its name, server and paths, content language,
/// namespaces and interwiki map. Built from a dump's siteinfo by the importer, or with
/// <see cref="CreateDefault"/> for tests.
/// </summary>
/// <remarks>Immutable and thread-safe once constructed; share one instance between renders.</remarks>
public sealed class SiteConfiguration
{
    private readonly FrozenDictionary<string, NamespaceInfo> _namespacesByName;
    private readonly FrozenDictionary<int, NamespaceInfo> _namespacesById;
    private readonly FrozenDictionary<string, InterwikiEntry> _interwiki;

    /// <summary>Initializes a new instance of the <see cref="SiteConfiguration"/> class.</summary>
    /// <param name="siteName">The wiki's name ({{SITENAME}}).</param>
    /// <param name="server">The server, protocol-relative as MediaWiki prints it, for example "//en.wikipedia.org".</param>
    /// <param name="languageCode">The content language code, for example "en".</param>
    /// <param name="namespaces">The namespaces; the standard ones missing from the list are added with their canonical names.</param>
    /// <param name="interwiki">The interwiki map; may be empty.</param>
    /// <param name="articlePath">The article path with <c>$1</c> for the title, "/wiki/$1" by default.</param>
    /// <param name="scriptPath">The script path, "" by default, so that edit links are "/index.php?title=…".</param>
    /// <param name="mainPage">The title of the main page.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SiteConfiguration(
        string siteName,
        string server,
        string languageCode,
        IEnumerable<NamespaceInfo> namespaces,
        IEnumerable<InterwikiEntry> interwiki,
        string articlePath = "/wiki/$1",
        string scriptPath = "",
        string mainPage = "Main Page")
    {
        ArgumentNullException.ThrowIfNull(siteName);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(languageCode);
        ArgumentNullException.ThrowIfNull(namespaces);
        ArgumentNullException.ThrowIfNull(interwiki);
        SiteName = siteName;
        Server = server;
        LanguageCode = languageCode;
        ArticlePath = articlePath;
        ScriptPath = scriptPath;
        MainPage = mainPage;

        var byId = new Dictionary<int, NamespaceInfo>();
        foreach (var ns in namespaces)
        {
            byId[ns.Id] = ns;
        }

        foreach (var ns in StandardNamespaces.All)
        {
            if (!byId.TryGetValue(ns.Id, out var given))
            {
                byId[ns.Id] = ns;
            }
            else if (given.CanonicalName.Length == 0 && ns.CanonicalName.Length > 0)
            {
                byId[ns.Id] = given with { CanonicalName = ns.CanonicalName, Aliases = [.. given.Aliases, .. ns.Aliases] };
            }
        }

        _namespacesById = byId.ToFrozenDictionary();
        var byName = new Dictionary<string, NamespaceInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var ns in byId.Values)
        {
            // Local names win over canonical names and aliases when they collide.
            foreach (var alias in ns.Aliases)
            {
                byName.TryAdd(NormalizeNamespaceKey(alias), ns);
            }
        }

        foreach (var ns in byId.Values)
        {
            if (ns.CanonicalName.Length > 0)
            {
                byName[NormalizeNamespaceKey(ns.CanonicalName)] = ns;
            }
        }

        foreach (var ns in byId.Values)
        {
            byName[NormalizeNamespaceKey(ns.Name)] = ns;
        }

        _namespacesByName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _interwiki = interwiki.ToFrozenDictionary(e => e.Prefix.ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the wiki's name ({{SITENAME}}).</summary>
    public string SiteName { get; }

    /// <summary>Gets the server, for example "//en.wikipedia.org" ({{SERVER}}).</summary>
    public string Server { get; }

    /// <summary>Gets the content language code.</summary>
    public string LanguageCode { get; }

    /// <summary>Gets the article path with <c>$1</c> for the title.</summary>
    public string ArticlePath { get; }

    /// <summary>Gets the script path ({{SCRIPTPATH}}).</summary>
    public string ScriptPath { get; }

    /// <summary>Gets the title of the main page.</summary>
    public string MainPage { get; }

    /// <summary>Gets the namespaces by number.</summary>
    public IReadOnlyDictionary<int, NamespaceInfo> Namespaces => _namespacesById;

    /// <summary>Gets the interwiki map by lowercase prefix.</summary>
    public IReadOnlyDictionary<string, InterwikiEntry> Interwiki => _interwiki;

    /// <summary>
    /// Creates the configuration of a plain wiki: the standard namespaces with their English names,
    /// no interwiki map.
    /// </summary>
    /// <param name="siteName">The wiki's name.</param>
    /// <param name="server">The server.</param>
    /// <param name="languageCode">The content language code.</param>
    /// <returns>A new configuration.</returns>
    public static SiteConfiguration CreateDefault(string siteName = "Wikipedia", string server = "//en.wikipedia.org", string languageCode = "en")
        => new(siteName, server, languageCode, StandardNamespaces.All, []);

    /// <summary>Finds a namespace by any of its names (local, canonical or alias), ignoring case and treating "_" as " ".</summary>
    /// <param name="name">The name to look up.</param>
    /// <param name="ns">The namespace found.</param>
    /// <returns><see langword="true"/> when the name is a namespace.</returns>
    public bool TryGetNamespace(string name, out NamespaceInfo ns)
        => _namespacesByName.TryGetValue(NormalizeNamespaceKey(name), out ns!);

    /// <summary>Gets a namespace by number.</summary>
    /// <param name="id">The namespace number.</param>
    /// <param name="ns">The namespace found.</param>
    /// <returns><see langword="true"/> when the wiki has that namespace.</returns>
    public bool TryGetNamespace(int id, out NamespaceInfo ns) => _namespacesById.TryGetValue(id, out ns!);

    /// <summary>Gets the printed name of a namespace ("" for the main namespace, the number as text when unknown).</summary>
    /// <param name="id">The namespace number.</param>
    /// <returns>The local name.</returns>
    public string GetNamespaceName(int id)
        => _namespacesById.TryGetValue(id, out var ns) ? ns.Name : id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string NormalizeNamespaceKey(string name) => name.Replace('_', ' ').Trim();
}
