using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportSchemaKit.GovInfo.Tests.Documents;

/// <summary>
/// A small PDF writer for test files: pages of A4 with text at given coordinates, straight lines, rectangles and
/// images. Text is set in one composite font (Type0, Identity-H, two bytes per character, the code being the
/// character's Unicode value) with a ToUnicode map, not embedded: readers take the characters from the map and the
/// advances from the widths (CJK 1 em, ASCII ½ em) — exactly what a text layer gives, with no font file needed.
/// </summary>
internal sealed class TinyPdfWriter
{
    public const double PageWidth = 595;
    public const double PageHeight = 842;

    private readonly List<StringBuilder> _pages = [];
    private readonly List<bool> _pageHasImage = [];
    private int _current;

    public int PageCount => _pages.Count;

    /// <summary>
    /// Marks the file as encrypted with a user password (standard security handler, RC4 40-bit): the trailer names an
    /// /Encrypt dictionary whose password check fails for the empty password, as in a file published password-protected.
    /// The content itself is left as written — a reader that cannot get past the password never sees it.
    /// </summary>
    public bool PasswordProtected { get; set; }

    /// <summary>The advance of a character in ems: ½ for ASCII, 1 for everything else.</summary>
    public static double Advance(char c) => c < 128 ? 0.5 : 1;

    public static double Width(string text, double size) => text.Sum(Advance) * size;

    /// <summary>Starts a page and draws on it from now on.</summary>
    public void NewPage()
    {
        _pages.Add(new StringBuilder());
        _pageHasImage.Add(false);
        _current = _pages.Count - 1;
    }

    /// <summary>Draws on an earlier page (from 1) from now on: a table's boxes are drawn once its rows have found their pages.</summary>
    public TinyPdfWriter OnPage(int page)
    {
        _current = page - 1;
        return this;
    }

    public void Text(double x, double baseline, double size, string text)
    {
        var hex = new StringBuilder();
        foreach (var c in text)
        {
            hex.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        Content.Append(Invariant($"BT /F1 {size} Tf 1 0 0 1 {x} {baseline} Tm <{hex}> Tj ET\n"));
    }

    public void Line(double x1, double y1, double x2, double y2) => Content.Append(Invariant($"0.5 w {x1} {y1} m {x2} {y2} l S\n"));

    public void Rectangle(double left, double bottom, double width, double height) => Content.Append(Invariant($"0.5 w {left} {bottom} {width} {height} re S\n"));

    /// <summary>A grey image filling most of the page, as a scanner produces; the page gets no text.</summary>
    public void ScannedImage()
    {
        Content.Append("q 495 0 0 700 50 70 cm /Im1 Do Q\n");
        _pageHasImage[_current] = true;
    }

    public byte[] ToBytes()
    {
        var objects = new List<byte[]>();
        int Add(string body) => AddBytes(Ascii(body));
        int AddBytes(byte[] body)
        {
            objects.Add(body);
            return objects.Count;
        }

        var catalog = Add("<< /Type /Catalog /Pages 2 0 R >>");
        var pagesId = Add(string.Empty); // filled in once the pages are known
        var descriptor = Add("<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>");
        var ascii = string.Join(' ', Enumerable.Repeat("500", 95));
        var cidFont = Add($"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 /W [32 [{ascii}]] /CIDToGIDMap /Identity >>");
        var toUnicode = AddBytes(Stream(ToUnicodeMap()));
        var font = Add($"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [{cidFont} 0 R] /ToUnicode {toUnicode} 0 R >>");
        var image = AddBytes(Stream("<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", [0x80, 0x40, 0x40, 0x80]));
        var kids = new List<int>();
        for (var p = 0; p < _pages.Count; p++)
        {
            var contents = AddBytes(Stream(Ascii(_pages[p].ToString())));
            var xObjects = _pageHasImage[p] ? $" /XObject << /Im1 {image} 0 R >>" : string.Empty;
            kids.Add(Add($"<< /Type /Page /Parent {pagesId} 0 R /MediaBox [0 0 {Number(PageWidth)} {Number(PageHeight)}] /Resources << /Font << /F1 {font} 0 R >>{xObjects} >> /Contents {contents} 0 R >>"));
        }

        objects[pagesId - 1] = Ascii($"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => k + " 0 R"))}] /Count {kids.Count} >>");

        using var output = new MemoryStream();
        output.Write(Ascii("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Ascii($"{i + 1} 0 obj\n"));
            output.Write(objects[i]);
            output.Write(Ascii("\nendobj\n"));
        }

        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        var encryption = PasswordProtected
            ? $" /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{new string('A', 64)}> /U <{new string('5', 64)}> >> /ID [<{new string('0', 32)}> <{new string('0', 32)}>]"
            : string.Empty;
        table.Append(Invariant($"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R{encryption} >>\nstartxref\n{xref}\n%%EOF\n"));
        output.Write(Ascii(table.ToString()));
        return output.ToArray();
    }

    private StringBuilder Content => _pages[_current];

    /// <summary>Code = Unicode value: 256 ranges, each within one high byte as the CMap syntax wants.</summary>
    private static byte[] ToUnicodeMap()
    {
        var map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity-Unicode def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        for (var block = 0; block < 256; block += 100)
        {
            var count = System.Math.Min(100, 256 - block);
            map.Append(Invariant($"{count} beginbfrange\n"));
            for (var high = block; high < block + count; high++)
            {
                map.Append(Invariant($"<{high:X2}00> <{high:X2}FF> <{high:X2}00>\n"));
            }

            map.Append("endbfrange\n");
        }

        return Ascii(map.Append("endcmap CMapName currentdict /CMap defineresource pop end end\n").ToString());
    }

    private static byte[] Stream(byte[] data) => Stream("<<", data);

    private static byte[] Stream(string dictionaryStart, byte[] data) =>
        [.. Ascii($"{dictionaryStart} /Length {data.Length} >>\nstream\n"), .. data, .. Ascii("\nendstream")];

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
