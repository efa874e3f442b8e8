using System;
using System.Linq;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Tests.Layout;

public sealed class LayoutReadersTests
{
    [Theory]
    [InlineData(LayoutKind.Lines)]
    [InlineData(LayoutKind.Tabs)]
    [InlineData(LayoutKind.Pipes)]
    [InlineData(LayoutKind.Html)]
    public void Each_layout_has_a_shared_reader_of_its_kind(LayoutKind kind)
    {
        ILayoutReader reader = LayoutReaders.For(kind);

        Assert.Equal(kind, reader.Kind);
        Assert.Same(reader, LayoutReaders.For(kind));
    }

    [Fact]
    public void An_undefined_layout_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LayoutReaders.For((LayoutKind)42));
    }

    [Fact]
    public void Read_detects_the_layout_first()
    {
        Assert.Equal(1, LayoutReaders.Read("<table><tr><td>0</td></tr></table>")[0].ColSpan);
        Assert.Equal(0, LayoutReaders.Read("| a |\n|---|\n| b |")[0].Row);
        Assert.Equal(-1, LayoutReaders.Read("a\n\nb")[0].Row);
    }

    [Fact]
    public void Null_text_is_refused_by_every_reader()
    {
        foreach (LayoutKind kind in Enum.GetValues<LayoutKind>().Where(k => !k.IsDocument()))
        {
            Assert.Throws<ArgumentNullException>(() => LayoutReaders.For(kind).Read(null!));
        }

        Assert.Throws<ArgumentNullException>(() => LayoutDetector.Detect(null!));
    }

    [Theory]
    [InlineData(LayoutKind.Pdf)]
    [InlineData(LayoutKind.Docx)]
    public void A_document_layout_is_read_from_bytes_by_its_own_reader(LayoutKind kind)
    {
        Assert.True(kind.IsDocument());
        Assert.Equal(kind, DocumentReaders.For(kind).Kind);
        Assert.Throws<ArgumentOutOfRangeException>(() => LayoutReaders.For(kind));
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentReaders.For(LayoutKind.Html));
    }
}
