using System.Globalization;

namespace Athenaeum.Wikitext.Extensions.Gallery;

/// <summary>
/// The box geometry of a gallery mode (MediaWiki's TraditionalImageGallery and its subclasses Nolines,
/// Packed, PackedOverlay, PackedHover, Slideshow) for files without a thumbnail.
/// </summary>
/// <param name="ThumbPadding">Padding around the thumbnail (getThumbPadding).</param>
/// <param name="BoxPadding">Padding of the box (getGBPadding).</param>
/// <param name="BoxBorders">Border width of the box (getGBBorders).</param>
/// <param name="Packed">Whether the box width follows the packed layout (1.5× scaled thumbnails).</param>
/// <param name="Overlay">Whether the caption is wrapped for the overlay modes.</param>
/// <param name="AllowsPerRow">Whether <c>perrow</c> applies (not in packed and slideshow modes).</param>
internal sealed record GalleryLayout(int ThumbPadding, int BoxPadding, int BoxBorders, bool Packed, bool Overlay, bool AllowsPerRow)
{
    private const double ScaleFactor = 1.5;

    /// <summary>Gets the layout of a mode, or <see langword="null"/> for an unknown mode.</summary>
    public static GalleryLayout? For(string mode) => mode switch
    {
        "traditional" => new(30, 5, 8, Packed: false, Overlay: false, AllowsPerRow: true),
        "nolines" => new(0, 5, 4, Packed: false, Overlay: false, AllowsPerRow: true),
        "packed" => new(0, 2, 8, Packed: true, Overlay: false, AllowsPerRow: false),
        "packed-overlay" or "packed-hover" => new(0, 2, 8, Packed: true, Overlay: true, AllowsPerRow: false),
        "slideshow" => new(30, 5, 8, Packed: false, Overlay: false, AllowsPerRow: false),
        _ => null,
    };

    /// <summary>The width of a box without thumbnail (getGBWidth).</summary>
    public double BoxWidth(int widths)
    {
        if (!Packed)
        {
            return widths + ThumbPadding + BoxPadding;
        }

        // PackedImageGallery: the missing thumbnail counts as widths × 1.5, at least 90, then unscaled.
        var thumbWidth = Math.Max(widths * ScaleFactor, 60 * ScaleFactor);
        return (thumbWidth / ScaleFactor) + ThumbPadding + BoxPadding;
    }

    /// <summary>Wraps a box's caption (wrapGalleryText).</summary>
    public string WrapText(string text, int widths)
    {
        if (!Overlay)
        {
            return "\n\t\t\t<div class=\"gallerytext\">\n" + text + "\n\t\t\t</div>";
        }

        if (text.Trim(' ', '\t', '\n', '\r', '\0', '\x0B').Length == 0)
        {
            return string.Empty;
        }

        var captionWidth = Math.Ceiling(BoxWidth(widths) - ThumbPadding - BoxPadding - 20).ToString(CultureInfo.InvariantCulture);
        return "\n\t\t\t<div class=\"gallerytextwrapper\" style=\"width: " + captionWidth + "px\"><div class=\"gallerytext\">\n" + text + "\n\t\t\t</div></div>";
    }
}
