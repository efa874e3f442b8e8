using System;
using ReportSchemaKit.Layout;
using UglyToad.PdfPig;

namespace ReportSchemaKit.Tests.Layout;

/// <summary>Where an exception was raised tells a damaged file (inside the document library) from a bug of ours.</summary>
public sealed class ThrownInsideTests
{
    [Fact]
    public void An_exception_raised_inside_PdfPig_is_the_library_s()
    {
        var e = Record.Exception(() => PdfDocument.Open([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0xFF]));

        Assert.NotNull(e);
        Assert.True(ThrownInside.Library(e, "UglyToad.PdfPig"), e.ToString());
        Assert.False(ThrownInside.Library(e, "DocumentFormat.OpenXml"));
    }

    [Fact]
    public void An_exception_raised_in_our_code_is_not_the_library_s_even_when_of_a_type_libraries_throw()
    {
        var e = Record.Exception(() => ThrowNotImplemented());

        Assert.IsType<NotImplementedException>(e);
        Assert.False(ThrownInside.Library(e, "UglyToad.PdfPig"));
    }

    private static void ThrowNotImplemented() => throw new NotImplementedException("a reader bug");
}
