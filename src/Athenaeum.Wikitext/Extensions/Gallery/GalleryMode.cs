using System.Globalization;

namespace Athenaeum.Wikitext.Extensions.Gallery;

/// <summary>
/// The box geometry of a gallery mode (MediaWiki's TraditionalImageGallery and its subclasses):
/// paddings, borders and how wide a box is, for the case the engine always meets: files that do not
/// exist, which MediaWiki shows as their name inside an empty thumb box.
/// </summary>
/// <param name="Name">The mode name ("traditional", "nolines", "packed", "packed-hover", "packed-overlay", "slideshow").</param>
/// <param name="ThumbPadding">Padding around the thumb (traditional 30, the others 0).</param>
/// <param name="BoxPadding">Padding of the box (traditional and nolines 5, packed 2).</param>
/// <param name="BoxBorders">Borders of the box (traditional 8, nolines 4).</param>
/// <param name="Packed">Whether boxes are sized as the packed modes do (thumbs 1.5 times larger, then scaled).</param>
/// <param name="Overlay">Whether captions go in an overlay wrapper (packed-overlay, packed-hover).</param>
/// <param name="HasPerRow">Whether <c>perrow</c> applies (not in the packed modes and slideshow).</param>
internal sealed record GalleryMode(string Name, int ThumbPadding, int BoxPadding, int BoxBorders, bool Packed, bool Overlay, bool HasPerRow)
{
    private const double ScaleFactor = 1.5;

    /// <summary>Finds a mode by its lowercase name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The mode, or <see langword="null"/> for an unknown name.</returns>
    public static GalleryMode? Find(string name) => name switch
    {
        "traditional" => new(name, 30, 5, 8, false, false, true),
        "nolines" => new(name, 0, 5, 4, false, false, true),
        "packed" => new(name, 0, 2, 8, true, false, false),
        "packed-hover" or "packed-overlay" => new(name, 0, 2, 8, true, true, false),
        "slideshow" => new(name, 30, 5, 8, false, false, false),
        _ => null,
    };

    /// <summary>The width of a box whose file is missing, in pixels (getGBWidth without a thumb).</summary>
    /// <param name="widths">The gallery's image width.</param>
    /// <returns>The width as PHP prints it.</returns>
    public string BoxWidth(int widths)
    {
        if (!Packed)
        {
            return (widths + ThumbPadding + BoxPadding).ToString(CultureInfo.InvariantCulture);
        }

        return FormatNumber(ThumbDivWidth(widths * ScaleFactor) + BoxPadding);
    }

    /// <summary>The height of the thumb area, in pixels.</summary>
    /// <param name="heights">The gallery's image height.</param>
    /// <returns>The height.</returns>
    public int ThumbHeight(int heights) => ThumbPadding + heights;

    /// <summary>The <c>max-width</c> of a gallery with <c>perrow</c> set.</summary>
    /// <param name="perRow">Boxes per row.</param>
    /// <param name="widths">The image width.</param>
    /// <returns>The width in pixels.</returns>
    public long MaxWidth(int perRow, int widths) => (long)perRow * (widths + ThumbPadding + BoxPadding + BoxBorders);

    /// <summary>The width of the caption in an overlay box (PackedOverlayImageGallery::wrapGalleryText).</summary>
    /// <param name="widths">The image width.</param>
    /// <returns>The width as PHP prints it.</returns>
    public string OverlayCaptionWidth(int widths)
    {
        var thumbWidth = ThumbDivWidth(widths * ScaleFactor) + BoxPadding - ThumbPadding - BoxPadding;
        return FormatNumber(Math.Ceiling(thumbWidth - 20));
    }

    // PHP prints a float without a fraction like an integer.
    private static string FormatNumber(double value)
        => value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);

    private double ThumbDivWidth(double thumbWidth)
    {
        if (thumbWidth < 60 * ScaleFactor)
        {
            thumbWidth = 60 * ScaleFactor;
        }

        return (thumbWidth / ScaleFactor) + ThumbPadding;
    }
}
