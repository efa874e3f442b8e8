using System;
using System.Text;
using ReportSchemaKit.Tests.Layout;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Tests.Text;

public sealed class ReportTextDecoderTests
{
    private const string Sample = "金山镇2023年政府信息公开工作报告\n第二十条第（一）项\n\u00A00\n“三安全一稳定”";

    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    [Fact]
    public void Utf8_without_bom_is_detected()
    {
        DecodedText decoded = ReportTextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(new DecodedText(Sample, "UTF-8", HadBom: false), decoded);
    }

    [Fact]
    public void Utf8_bom_is_recognised_and_removed()
    {
        DecodedText decoded = ReportTextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)]);

        Assert.Equal(new DecodedText(Sample, "UTF-8", HadBom: true), decoded);
    }

    [Fact]
    public void Gb18030_is_detected_when_the_bytes_are_not_utf8()
    {
        DecodedText decoded = ReportTextDecoder.Decode(Gb18030.GetBytes(Sample));

        Assert.Equal(new DecodedText(Sample, "GB18030", HadBom: false), decoded);
    }

    [Fact]
    public void Utf8_with_a_damaged_sequence_stays_utf8_and_counts_the_replacement()
    {
        byte[] clean = Encoding.UTF8.GetBytes(Sample);
        int cut = Encoding.UTF8.GetByteCount("金山镇2023年政府信息公开");
        byte[] damaged = [.. clean[..cut], 0xE5, 0xB7, .. clean[cut..]]; // a character cut after two of its three bytes

        DecodedText decoded = ReportTextDecoder.Decode(damaged);

        Assert.Equal("UTF-8", decoded.EncodingName);
        Assert.Equal(1, decoded.ReplacedSequences);
        Assert.Equal(Sample.Insert("金山镇2023年政府信息公开".Length, "\uFFFD"), decoded.Text);
    }

    [Fact]
    public void Gbk_text_is_not_mistaken_for_damaged_utf8()
    {
        DecodedText decoded = ReportTextDecoder.Decode(Gbk.GetBytes(Sample.Replace("“三安全一稳定”", "三安全一稳定", StringComparison.Ordinal)));

        Assert.Equal(("GB18030", 0), (decoded.EncodingName, decoded.ReplacedSequences));
    }

    [Fact]
    public void Gb18030_cut_mid_character_counts_the_replacement()
    {
        byte[] bytes = Gb18030.GetBytes(Sample);

        DecodedText decoded = ReportTextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1));

        Assert.Equal(("GB18030", 1), (decoded.EncodingName, decoded.ReplacedSequences));
        Assert.EndsWith("\uFFFD", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gbk_bytes_decode_through_gb18030()
    {
        const string gbkText = "本年新收政府信息公开申请数量（一）予以公开";

        DecodedText decoded = ReportTextDecoder.Decode(Gbk.GetBytes(gbkText));

        Assert.Equal(gbkText, decoded.Text);
        Assert.Equal("GB18030", decoded.EncodingName);
    }

    [Fact]
    public void Gb18030_bom_is_recognised_and_removed()
    {
        DecodedText decoded = ReportTextDecoder.Decode([0x84, 0x31, 0x95, 0x33, .. Gb18030.GetBytes(Sample)]);

        Assert.Equal(new DecodedText(Sample, "GB18030", HadBom: true), decoded);
    }

    [Fact]
    public void Utf16_little_and_big_endian_need_their_bom()
    {
        DecodedText little = ReportTextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]);
        DecodedText big = ReportTextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]);

        Assert.Equal(new DecodedText(Sample, "UTF-16LE", HadBom: true), little);
        Assert.Equal(new DecodedText(Sample, "UTF-16BE", HadBom: true), big);
    }

    [Theory]
    [InlineData(CorpusFiles.Jinshan)]
    [InlineData(CorpusFiles.Tuoli)]
    [InlineData(CorpusFiles.Qiongxiang)]
    [InlineData(CorpusFiles.Anpeng)]
    [InlineData(CorpusFiles.Puwei)]
    public void A_corpus_report_decodes_identically_from_utf8_utf8_bom_and_gb18030(string file)
    {
        string text = Encoding.UTF8.GetString(CorpusFiles.ReadBytes(file));

        string fromUtf8 = ReportTextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Text;
        string fromBom = ReportTextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]).Text;
        string fromGb = ReportTextDecoder.Decode(Gb18030.GetBytes(text)).Text;

        Assert.Equal(text, fromUtf8);
        Assert.Equal(text, fromBom);
        Assert.Equal(text, fromGb);
    }

    [Fact]
    public void Empty_input_is_empty_utf8_text()
    {
        Assert.Equal(new DecodedText(string.Empty, "UTF-8", HadBom: false), ReportTextDecoder.Decode([]));
    }

    [Theory]
    [InlineData(CorpusFiles.Jinshan)]
    [InlineData(CorpusFiles.Qiongxiang)]
    [InlineData(CorpusFiles.Anpeng)]
    public void Corpus_text_does_not_look_binary(string file)
    {
        Assert.False(ReportTextDecoder.LooksBinary(CorpusFiles.ReadBytes(file)));
    }

    [Theory]
    [InlineData("2023-hongze-f2021.pdf")]
    [InlineData("2024-hongze-f2021.pdf")]
    public void A_pdf_looks_binary(string file)
    {
        Assert.True(ReportTextDecoder.LooksBinary(CorpusFiles.ReadBytes(file)));
    }

    [Fact]
    public void Gb18030_and_utf16_text_with_bom_do_not_look_binary()
    {
        Assert.False(ReportTextDecoder.LooksBinary(Gb18030.GetBytes(Sample)));
        Assert.False(ReportTextDecoder.LooksBinary([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]));
        Assert.False(ReportTextDecoder.LooksBinary([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]));
    }

    [Fact]
    public void A_nul_byte_or_many_control_bytes_look_binary()
    {
        Assert.True(ReportTextDecoder.LooksBinary("abc\0def"u8));
        Assert.True(ReportTextDecoder.LooksBinary([0x50, 0x4B, 0x03, 0x04, 0x14, 0x06, 0x08, 0x41, 0x42]));
        Assert.True(ReportTextDecoder.LooksBinary([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]));
    }

    [Fact]
    public void A_rare_control_byte_in_long_text_is_tolerated()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(new string('x', 200) + "\u0007" + new string('y', 200));

        Assert.False(ReportTextDecoder.LooksBinary(bytes));
        Assert.False(ReportTextDecoder.LooksBinary(ReadOnlySpan<byte>.Empty));
    }
}
