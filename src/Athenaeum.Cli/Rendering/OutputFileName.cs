namespace Athenaeum.Cli.Rendering;

/// <summary>
/// The file name of a rendered page: the prefixed title with spaces as underscores, percent-encoded as
/// UTF-8 with only letters, digits and <c>-._~</c> kept. This is the naming of the MediaWiki oracle's
/// files (Python's <c>quote(title.replace(' ', '_'), safe='')</c>, PHP's <c>rawurlencode</c>), so that
/// <c>fidelity.py</c> can compare a render directory with the oracle page by page.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class OutputFileName
{
    /// <summary>The longest file name (in bytes) common file systems accept (ext4, NTFS, APFS).</summary>
    public const int MaxFileNameLength = 255;

    /// <summary>Gets the file name stem (no extension) of a page.</summary>
    /// <param name="prefixedTitle">The title with its namespace prefix ("Template:Infobox").</param>
    /// <returns>The stem, such as <c>Template%3AInfobox</c>.</returns>
    /// <exception cref="ArgumentException">The title is empty.</exception>
    public static string Stem(string prefixedTitle)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefixedTitle);

        // Uri.EscapeDataString keeps exactly RFC 3986's unreserved set (ALPHA / DIGIT / "-" / "." / "_" / "~")
        // and encodes everything else as UTF-8 %XX with upper-case hex, as rawurlencode does.
        return Uri.EscapeDataString(prefixedTitle.Replace(' ', '_'));
    }

    /// <summary>Gets the title a file name stem stands for (the reverse of <see cref="Stem"/>).</summary>
    /// <param name="stem">The stem.</param>
    /// <returns>The prefixed title, with spaces.</returns>
    public static string Title(string stem) => Uri.UnescapeDataString(stem).Replace('_', ' ');
}
