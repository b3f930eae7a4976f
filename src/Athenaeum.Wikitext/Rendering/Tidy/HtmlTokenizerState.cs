namespace Athenaeum.Wikitext.Rendering.Tidy;

/// <summary>The tokenizer states the tree builder can switch to (WHATWG HTML §13.2.5).</summary>
internal enum HtmlTokenizerState
{
    /// <summary>Normal markup.</summary>
    Data,

    /// <summary>Escapable raw text (<c>&lt;textarea&gt;</c>, <c>&lt;title&gt;</c>): character references work, tags do not.</summary>
    RcData,

    /// <summary>Raw text (<c>&lt;style&gt;</c>, <c>&lt;xmp&gt;</c>, <c>&lt;iframe&gt;</c>, <c>&lt;noembed&gt;</c>, <c>&lt;noframes&gt;</c>, <c>&lt;noscript&gt;</c>).</summary>
    RawText,

    /// <summary>Script data (treated as raw text; the script escape states are not modelled).</summary>
    ScriptData,

    /// <summary>Everything after <c>&lt;plaintext&gt;</c> is text.</summary>
    PlainText,
}
