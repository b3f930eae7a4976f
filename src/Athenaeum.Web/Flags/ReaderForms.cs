using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Athenaeum.Web.Flags;

/// <summary>
/// Reads the body of a reader's form (Flag as Inappropriate, Email this Article) within tight limits
/// and checks its antiforgery token, so that another site cannot make a reader's browser post it.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ReaderForms
{
    /// <summary>The largest form body accepted, in bytes (the longest fields, percent-encoded, fit well within it).</summary>
    public const long MaxBodyBytes = 64 * 1024;

    private static readonly FormOptions Limits = new()
    {
        ValueCountLimit = 16,
        KeyLengthLimit = 64,
        ValueLengthLimit = 16 * 1024,
        BufferBodyLengthLimit = MaxBodyBytes,
        MultipartBodyLengthLimit = MaxBodyBytes,
        MultipartHeadersLengthLimit = 4096,
    };

    /// <summary>Reads and checks a posted form.</summary>
    /// <param name="context">The request.</param>
    /// <param name="antiforgery">The antiforgery service.</param>
    /// <returns>The form, or the reason it was refused (always status 400 or 413).</returns>
    public static async Task<(IFormCollection? Form, string? Error, int Status)> ReadAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, "The form is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        if (!request.HasFormContentType)
        {
            return (null, "This address accepts only the site's own form.", StatusCodes.Status400BadRequest);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        context.Features.Set<IFormFeature>(new FormFeature(request, Limits));
        try
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return (null, "The form has expired or did not come from this site. Please open the form again and resubmit it.", StatusCodes.Status400BadRequest);
            }

            return (await request.ReadFormAsync(context.RequestAborted), null, StatusCodes.Status200OK);
        }
        catch (InvalidDataException)
        {
            return (null, "The form is too large.", StatusCodes.Status413PayloadTooLarge);
        }
        catch (BadHttpRequestException)
        {
            return (null, "The form is too large.", StatusCodes.Status413PayloadTooLarge);
        }
    }

    /// <summary>Gets a single text field, with line breaks normalized to LF.</summary>
    /// <param name="form">The form.</param>
    /// <param name="name">The field's name.</param>
    /// <param name="value">The value ("" when absent).</param>
    /// <returns><see langword="false"/> when the field was sent more than once.</returns>
    public static bool TryGetSingle(IFormCollection form, string name, out string value)
    {
        var values = form[name];
        value = (values.Count == 0 ? string.Empty : values[0] ?? string.Empty)
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        return values.Count <= 1;
    }
}
