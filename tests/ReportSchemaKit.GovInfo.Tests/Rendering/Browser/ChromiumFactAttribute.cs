namespace ReportSchemaKit.GovInfo.Tests.Rendering.Browser;

/// <summary>
/// A fact that needs headless Chromium. xunit 2 has no way for a running test to skip itself
/// (<c>Assert.Skip</c> is xunit 3), so the browser is looked for when tests are discovered and the
/// test is reported skipped, with the reason, only where it is not installed.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = Chromium.MissingReason;
        }
    }
}
