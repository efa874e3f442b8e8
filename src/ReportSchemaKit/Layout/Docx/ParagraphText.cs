using System;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace ReportSchemaKit.Layout;

/// <summary>The text a reader sees in a Word paragraph: typed text, tabs as spaces, line breaks reported.</summary>
internal static class ParagraphText
{
    public static void Append(OpenXmlElement paragraph, CollapsedText text, Action onBreak)
    {
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case WordText typed:
                    text.Append(typed.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(" ");
                    break;
                case NoBreakHyphen:
                    text.Append("-");
                    break;
                case Break or CarriageReturn:
                    onBreak();
                    break;

                // Not text of the paragraph: properties, deleted or moved-away text of tracked changes, field
                // instructions, and drawings, text boxes and objects (whose alternate renderings repeat their text).
                case ParagraphProperties or RunProperties or DeletedRun or MoveFromRun or FieldCode or DeletedText
                    or Drawing or Picture or EmbeddedObject or AlternateContent:
                    break;
                default:
                    Append(child, text, onBreak);
                    break;
            }
        }
    }
}
