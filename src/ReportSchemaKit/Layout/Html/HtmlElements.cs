using System;
using AngleSharp.Html.Parser;

namespace ReportSchemaKit.Layout;

/// <summary>What the HTML reader needs to know about an element, by its lower-case tag name (as the tokenizer gives it, without allocating a string).</summary>
internal static class HtmlElements
{
    /// <summary>Elements whose content a reader never sees.</summary>
    public static bool IsSkipped(ReadOnlySpan<char> name) => name is "script" or "style" or "template" or "noscript" or "iframe" or "noembed" or "noframes";

    /// <summary>Elements that start a new line of text in a browser: narrative is split at them, cell text joins at them.</summary>
    public static bool IsBlock(ReadOnlySpan<char> name) => name is
        "address" or "article" or "aside" or "blockquote" or "body" or "caption" or "center" or "dd" or "details"
        or "dialog" or "dir" or "div" or "dl" or "dt" or "fieldset" or "figcaption" or "figure" or "footer"
        or "form" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "head" or "header" or "hgroup" or "hr"
        or "html" or "legend" or "li" or "main" or "menu" or "nav" or "ol" or "option" or "p" or "pre"
        or "section" or "summary" or "title" or "ul";

    /// <summary>Elements that have no end tag, so they never enclose anything.</summary>
    public static bool IsVoid(ReadOnlySpan<char> name) => name is
        "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta"
        or "source" or "track" or "wbr" or "param" or "keygen";

    /// <summary>
    /// How the tokenizer must read the content of an element, as a browser's tree builder would tell it
    /// (otherwise <c>&lt;td&gt;</c> inside a script would be read as a tag); <see cref="HtmlParseMode.PCData"/> for markup.
    /// </summary>
    public static HtmlParseMode ContentMode(ReadOnlySpan<char> name) => name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => HtmlParseMode.PCData,
    };
}
