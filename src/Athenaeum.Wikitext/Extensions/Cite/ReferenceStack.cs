using Athenaeum.Wikitext.Parsing;

namespace Athenaeum.Wikitext.Extensions.Cite;

/// <summary>
/// The references of a page by group, their numbering, and a log of the <c>&lt;ref&gt;</c> calls that
/// lets a <c>&lt;references&gt;</c> tag undo refs that turn out to have been inside it (they were
/// expanded before it ran, as happens with <c>{{#tag:references|…}}</c>). Follows the numbering of
/// MediaWiki 1.39's Cite (ReferenceStack): the key counter never goes back, even when a call is undone.
/// </summary>
/// <remarks>Not thread-safe: belongs to one render.</remarks>
internal sealed class ReferenceStack
{
    private readonly Dictionary<string, ReferenceGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groupSequence = new(StringComparer.Ordinal);

    // Each entry is a call that can be rolled back, or null for an invalid <ref> (it still counts).
    private readonly List<RefCall?> _calls = [];
    private int _keySequence;

    /// <summary>The ways a <c>&lt;ref&gt;</c> call changed the stack.</summary>
    private enum RefAction
    {
        New,
        Assign,
        Increment,
    }

    /// <summary>Records an invalid <c>&lt;ref&gt;</c>: it has no effect, but counts when calls are rolled back.</summary>
    public void PushInvalidRef() => _calls.Add(null);

    /// <summary>Registers a valid <c>&lt;ref&gt;</c> outside <c>&lt;references&gt;</c>.</summary>
    /// <param name="strip">The render's strip state (content hidden behind different markers may be equal).</param>
    /// <param name="text">The content, or <see langword="null"/> for none.</param>
    /// <param name="attributes">The tag's attributes (kept to run the call again).</param>
    /// <param name="group">The group.</param>
    /// <param name="name">The name, or <see langword="null"/>.</param>
    /// <param name="follow">The name of the reference this one continues, or <see langword="null"/>.</param>
    /// <param name="dir">The text direction, or <see langword="null"/>.</param>
    /// <param name="duplicateError">Makes the error appended to a reference given different content twice.</param>
    /// <returns>The reference to mark, or <see langword="null"/> when no marker is printed (a <c>follow</c>).</returns>
    public Reference? PushRef(
        StripState strip,
        string? text,
        IReadOnlyDictionary<string, string> attributes,
        string group,
        string? name,
        string? follow,
        string? dir,
        Func<string, string> duplicateError)
    {
        var refs = GetOrAddGroup(group);
        _groupSequence.TryAdd(group, 0);
        var key = ++_keySequence;
        if (!string.IsNullOrEmpty(follow))
        {
            if (!refs.TryGet(follow, out var parent))
            {
                // A follow="…" whose parent is not known yet stays a paragraph of its own (valid on Wikisource pages).
                var dangling = new Reference { Count = -1, Dir = dir, Key = key, Name = name, Text = text, Follow = follow };
                refs.Append(dangling);
                _calls.Add(new RefCall(RefAction.New, key, group, name, text, attributes));
            }
            else
            {
                if (text is not null)
                {
                    parent.Text = parent.Text is null ? " " + text : parent.Text + " " + text;
                }

                _keySequence--;
            }

            return null;
        }

        Reference reference;
        RefAction action;
        if (string.IsNullOrEmpty(name))
        {
            reference = new Reference { Count = -1, Dir = dir, Key = key, Text = text };
            refs.Append(reference);
            action = RefAction.New;
        }
        else if (!refs.TryGet(name, out var existing))
        {
            reference = new Reference { Count = 0, Dir = dir, Key = key, Name = name, Text = text };
            refs.Set(name, reference);
            action = RefAction.New;
        }
        else
        {
            reference = existing;
            reference.Count++;
            _keySequence--;
            if (reference.Text is null && text is not null)
            {
                // The first content given wins, with the direction of that full definition.
                reference.Text = text;
                reference.Dir = dir;
                action = RefAction.Assign;
            }
            else
            {
                // T205803: different strip markers may hide the same text.
                if (text is not null && !string.Equals(strip.UnstripBoth(text), strip.UnstripBoth(reference.Text ?? string.Empty), StringComparison.Ordinal))
                {
                    reference.Text += " " + duplicateError(name);
                }

                action = RefAction.Increment;
            }
        }

        reference.Number ??= ++_groupSequence[group];
        _calls.Add(new RefCall(action, reference.Key, group, name, text, attributes));
        return reference;
    }

    /// <summary>
    /// Undoes the last <paramref name="count"/> <c>&lt;ref&gt;</c> calls (they were inside a
    /// <c>&lt;references&gt;</c> tag after all) and returns them, oldest first, to be run again.
    /// The rest of the log is dropped: that group is finished.
    /// </summary>
    /// <param name="count">How many calls to undo.</param>
    /// <returns>The content and attributes of each undone valid call.</returns>
    public List<(string? Text, IReadOnlyDictionary<string, string> Attributes)> RollbackRefs(int count)
    {
        var redo = new List<(string? Text, IReadOnlyDictionary<string, string> Attributes)>();
        while (count-- > 0 && _calls.Count > 0)
        {
            var call = _calls[^1];
            _calls.RemoveAt(_calls.Count - 1);
            if (call is not null && Rollback(call))
            {
                redo.Add((call.Text, call.Attributes));
            }
        }

        _calls.Clear();
        redo.Reverse();
        return redo;
    }

    /// <summary>Removes a group and returns its references in registration order.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The group's references with their keys (the name, or the index of an anonymous one).</returns>
    public IReadOnlyList<KeyValuePair<string, Reference>> PopGroup(string group)
    {
        IReadOnlyList<KeyValuePair<string, Reference>> refs = _groups.TryGetValue(group, out var g) ? g.Entries : [];
        _groups.Remove(group);
        _groupSequence.Remove(group);
        return refs;
    }

    /// <summary>Tells whether a group has references.</summary>
    /// <param name="group">The group.</param>
    /// <returns><see langword="true"/> when the group exists and is not empty.</returns>
    public bool HasGroup(string group) => _groups.TryGetValue(group, out var g) && g.Count > 0;

    /// <summary>Gets the groups that have references, in the order they were first used.</summary>
    /// <returns>The group names.</returns>
    public List<string> GetGroups() => [.. _groups.Where(g => g.Value.Count > 0).Select(g => g.Key)];

    /// <summary>Finds a named reference of a group.</summary>
    /// <param name="group">The group.</param>
    /// <param name="name">The name.</param>
    /// <param name="reference">The reference.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetRef(string group, string name, out Reference reference)
    {
        reference = null!;
        return _groups.TryGetValue(group, out var g) && g.TryGet(name, out reference);
    }

    /// <summary>Appends to the content of a named reference (creating the entry if needed, as Cite does).</summary>
    /// <param name="group">The group.</param>
    /// <param name="name">The name.</param>
    /// <param name="text">The text to append.</param>
    public void AppendText(string group, string name, string text)
    {
        var refs = GetOrAddGroup(group);
        if (!refs.TryGet(name, out var reference))
        {
            reference = new Reference { Name = name };
            refs.Set(name, reference);
        }

        reference.Text = reference.Text is null ? text : reference.Text + text;
    }

    private ReferenceGroup GetOrAddGroup(string group)
    {
        if (!_groups.TryGetValue(group, out var refs))
        {
            refs = new ReferenceGroup();
            _groups[group] = refs;
        }

        return refs;
    }

    // MediaWiki throws when the log does not match the stack (unusual mixes of #tag, <references> and
    // conditionals can do that); here the call is left alone and not run again, so the page still renders.
    private bool Rollback(RefCall call)
    {
        if (!_groups.TryGetValue(call.Group, out var refs) || refs.Count == 0)
        {
            return false;
        }

        var lookup = string.IsNullOrEmpty(call.Name) ? refs.FindKeyOf(call.Key) : call.Name;
        if (lookup is null || !refs.TryGet(lookup, out var reference) || reference.Key != call.Key)
        {
            return false;
        }

        switch (call.Action)
        {
            case RefAction.New:
                refs.Remove(lookup);
                if (refs.Count == 0)
                {
                    PopGroup(call.Group);
                }
                else if (_groupSequence.TryGetValue(call.Group, out var sequence))
                {
                    _groupSequence[call.Group] = sequence - 1;
                }

                break;
            case RefAction.Assign:
                reference.Text = null;
                reference.Count--;
                break;
            default:
                reference.Count--;
                break;
        }

        return true;
    }

    private sealed record RefCall(RefAction Action, int Key, string Group, string? Name, string? Text, IReadOnlyDictionary<string, string> Attributes);
}
