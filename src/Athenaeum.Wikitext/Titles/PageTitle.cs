namespace Athenaeum.Wikitext.Titles;

/// <summary>
/// A normalized page title: namespace number, the title text without namespace (spaces, not
/// underscores), an optional fragment and an optional interwiki prefix. Create titles with
/// <see cref="TitleParser"/>, which applies the wiki's namespace names and case rules.
/// </summary>
/// <param name="Namespace">The namespace number.</param>
/// <param name="Text">The title without namespace prefix, with spaces ("Leaving Las Vegas").</param>
/// <param name="NamespaceName">The printed namespace name ("" for the main namespace).</param>
/// <param name="Fragment">The section fragment after "#", without the "#", or "".</param>
/// <param name="Interwiki">The interwiki prefix, or "" for a local title.</param>
/// <remarks>Immutable and thread-safe. Equality compares every component ordinally.</remarks>
public sealed record PageTitle(int Namespace, string Text, string NamespaceName, string Fragment = "", string Interwiki = "")
{
    /// <summary>Gets the title text with underscores, as MediaWiki stores it ("Leaving_Las_Vegas").</summary>
    public string DbKey => Text.Replace(' ', '_');

    /// <summary>Gets the full title with namespace, with spaces ("Template:Infobox film").</summary>
    public string PrefixedText => NamespaceName.Length == 0 ? Text : NamespaceName + ":" + Text;

    /// <summary>Gets the full title with namespace, with underscores ("Template:Infobox_film").</summary>
    public string PrefixedDbKey => PrefixedText.Replace(' ', '_');

    /// <summary>Gets a value indicating whether the title points to another wiki.</summary>
    public bool IsExternal => Interwiki.Length > 0;

    /// <summary>Gets the same title without its fragment.</summary>
    public PageTitle WithoutFragment => Fragment.Length == 0 ? this : this with { Fragment = string.Empty };

    /// <inheritdoc/>
    public override string ToString() => Interwiki.Length == 0 ? PrefixedText : Interwiki + ":" + PrefixedText;
}
