using System.Net.Mail;

namespace Athenaeum.Web.Mail;

/// <summary>
/// The strict check of a recipient's address, so that the form can send to exactly one ordinary
/// mailbox and nothing else: <see cref="MailAddress"/> must parse it to itself (no display name, no
/// list, no comments), the local part is RFC 5322 dot-atom text in ASCII (no quoted strings), and the
/// domain is a host name of at least two letter-digit-hyphen labels (no address literals, no
/// single-label hosts such as <c>localhost</c>), within RFC 5321's lengths.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class RecipientAddress
{
    /// <summary>The longest address (RFC 5321 §4.5.3.1.3 path, less its angle brackets).</summary>
    public const int MaxLength = 254;

    private const string AtomSpecials = "!#$%&'*+/=?^_`{|}~-";

    /// <summary>Checks an address.</summary>
    /// <param name="text">The address as the reader typed it (surrounding spaces are ignored).</param>
    /// <param name="address">The address, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when it is one valid address.</returns>
    public static bool TryParse(string? text, out string? address)
    {
        address = null;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        var at = text.LastIndexOf('@');
        if (at <= 0 || at > 64 || !IsDotAtom(text.AsSpan(0, at)) || !IsHostName(text.AsSpan(at + 1)))
        {
            return false;
        }

        // The framework's parser must agree that this is one plain address, unchanged.
        if (!MailAddress.TryCreate(text, out var parsed)
            || parsed.DisplayName.Length != 0
            || !string.Equals(parsed.Address, text, StringComparison.Ordinal))
        {
            return false;
        }

        address = text;
        return true;
    }

    private static bool IsDotAtom(ReadOnlySpan<char> local)
    {
        if (local.Length == 0 || local[0] == '.' || local[^1] == '.')
        {
            return false;
        }

        for (var i = 0; i < local.Length; i++)
        {
            var c = local[i];
            if (c == '.')
            {
                if (local[i - 1] == '.')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterOrDigit(c) && !AtomSpecials.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHostName(ReadOnlySpan<char> domain)
    {
        if (domain.Length is 0 or > 253)
        {
            return false;
        }

        var labels = 0;
        var lastLabelHasLetter = false;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            lastLabelHasLetter = false;
            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }

                lastLabelHasLetter |= char.IsAsciiLetter(c);
            }

            labels++;
        }

        // A top-level domain is never all digits; this also refuses dotted IPv4 addresses.
        return labels >= 2 && lastLabelHasLetter;
    }
}
