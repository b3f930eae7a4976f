using System.Text.RegularExpressions;
using Athenaeum.Wikitext.Sanitization;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <content>The <c>&lt;ref&gt;</c> tag: validation, registration and the footnote marker.</content>
internal sealed partial class CiteProcessor
{
    private static readonly string[] RefAttributes = ["group", "name", "extends", "follow", "dir"];

    /// <summary>Handles a <c>&lt;ref&gt;</c> tag.</summary>
    /// <param name="text">The raw content, or <see langword="null"/> when self-closed.</param>
    /// <param name="attributes">The decoded attributes.</param>
    /// <returns>The half-parsed output, or <see langword="null"/> when a <c>&lt;ref&gt;</c> is not allowed here (inside another).</returns>
    public string? Ref(string? text, IReadOnlyDictionary<string, string> attributes)
    {
        if (_inCite)
        {
            return null;
        }

        _inCite = true;
        try
        {
            return GuardedRef(text, attributes);
        }
        finally
        {
            _inCite = false;
        }
    }

    private static string? Get(IReadOnlyDictionary<string, string> attributes, string name)
        => attributes.TryGetValue(name, out var value) ? value : null;

    private string GuardedRef(string? text, IReadOnlyDictionary<string, string> attributes)
    {
        // Book referencing (extends=) is behind a feature flag that is off in 1.39; its use is still tracked.
        if (attributes.ContainsKey("extends"))
        {
            _session.Output.Properties["ref-extends"] = string.Empty;
        }

        var errors = new List<CiteError>();
        if (attributes.Keys.Any(k => !RefAttributes.Contains(k, StringComparer.Ordinal)))
        {
            errors.Add(new CiteError("cite_error_ref_too_many_keys"));
        }

        var group = Get(attributes, "group") ?? _inReferencesGroup ?? DefaultGroup;
        var name = Get(attributes, "name");
        var follow = Get(attributes, "follow");
        var dir = Get(attributes, "dir");
        if (ValidateRef(text, group, name, Get(attributes, "extends"), follow, dir) is { } error)
        {
            errors.Add(error);
        }

        if (errors.Count > 0 && _inReferencesGroup is not null)
        {
            // Errors of refs defined inside <references> are listed after the list.
            foreach (var e in errors)
            {
                _referencesErrors.Add(_errors.HalfParsed(e.Key, e.Parameters));
            }

            return string.Empty;
        }

        // Validation cares about null versus blank content; from here on both mean "no content".
        if (text is not null && TrimPhp(text).Length == 0)
        {
            text = null;
        }

        if (_inReferencesGroup is not null)
        {
            return DefineInReferences(text, group, name!);
        }

        if (errors.Count > 0)
        {
            _stack.PushInvalidRef();
            return _errors.HalfParsed(errors[0].Key, errors[0].Parameters);
        }

        var reference = _stack.PushRef(
            _session.StripState,
            text,
            attributes,
            group,
            string.IsNullOrEmpty(name) ? null : name,
            follow,
            dir,
            n => _errors.Plain("cite_error_references_duplicate_key", n));
        return reference is null ? string.Empty : _marks.LinkRef(group, reference);
    }

    // A <ref> inside <references> gives the content of a reference used earlier; it prints nothing.
    private string DefineInReferences(string? text, string group, string name)
    {
        if (text is null)
        {
            return string.Empty;
        }

        if (!_stack.TryGetRef(group, name, out var reference) || reference.Text is null)
        {
            _stack.AppendText(group, name, text);
        }
        else if (!string.Equals(reference.Text, text, StringComparison.Ordinal))
        {
            // Two definitions with different content: the error goes on the reference's text.
            _stack.AppendText(group, name, " " + _errors.Plain("cite_error_references_duplicate_key", name));
        }

        return string.Empty;
    }

    private CiteError? ValidateRef(string? text, string group, string? name, string? extends, string? follow, string? dir)
    {
        if (IsAllDigits(name) || IsAllDigits(extends) || IsAllDigits(follow))
        {
            // Numeric names would make duplicate ids.
            return new CiteError("cite_error_ref_numeric_key");
        }

        if (!string.IsNullOrEmpty(extends))
        {
            // $wgCiteBookReferencing is off in 1.39, so extends= is an invalid name.
            return new CiteError("cite_error_ref_too_many_keys");
        }

        if (!string.IsNullOrEmpty(follow) && !string.IsNullOrEmpty(name))
        {
            return new CiteError("cite_error_ref_too_many_keys");
        }

        if (dir is not null && !dir.Equals("ltr", StringComparison.OrdinalIgnoreCase) && !dir.Equals("rtl", StringComparison.OrdinalIgnoreCase))
        {
            return new CiteError("cite_error_ref_invalid_dir", dir);
        }

        return _inReferencesGroup is null
            ? ValidateRefOutsideOfReferences(text, name)
            : ValidateRefInReferences(text, group, name);
    }

    private static CiteError? ValidateRefOutsideOfReferences(string? text, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            if (text is null)
            {
                return new CiteError("cite_error_ref_no_key");
            }

            if (TrimPhp(text).Length == 0)
            {
                return new CiteError("cite_error_ref_no_input");
            }
        }

        // T8199: a <ref> in the content (outside comments and other tags) most likely means that a
        // closing </ref> was left off, which would eat the page up to the next one.
        if (text is not null && IncludedRefRegex().IsMatch(TagOrCommentRegex().Replace(text, string.Empty)))
        {
            return new CiteError("cite_error_included_ref");
        }

        return null;
    }

    private CiteError? ValidateRefInReferences(string? text, string group, string? name)
    {
        if (!string.Equals(group, _inReferencesGroup, StringComparison.Ordinal))
        {
            return new CiteError("cite_error_references_group_mismatch", Sanitizer.SafeEncodeAttribute(group));
        }

        if (string.IsNullOrEmpty(name))
        {
            return new CiteError("cite_error_references_no_key");
        }

        if (text is null || TrimPhp(text).Length == 0)
        {
            return new CiteError("cite_error_empty_references_define", Sanitizer.SafeEncodeAttribute(name), Sanitizer.SafeEncodeAttribute(group));
        }

        if (!_stack.HasGroup(group))
        {
            return new CiteError("cite_error_references_missing_group", Sanitizer.SafeEncodeAttribute(group), Sanitizer.SafeEncodeAttribute(name));
        }

        if (!_stack.TryGetRef(group, name, out _))
        {
            return new CiteError("cite_error_references_missing_key", Sanitizer.SafeEncodeAttribute(name));
        }

        return null;
    }

    // Cite's crude filter: any <tag>…</tag> pair and any comment is cut before looking for <ref.
    [GeneratedRegex(@"<(?>([A-Za-z0-9_]+))(?>[^>]*)>.*?</\1[ \t\n\v\f\r]*>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TagOrCommentRegex();

    [GeneratedRegex("<ref(erences)?(?![A-Za-z0-9_])(?>[^>]*)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncludedRefRegex();
}
