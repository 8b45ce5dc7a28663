using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Disclosure.Accessibility;

/// <summary>The report's file in the content folder: written by the test run, read by the build.</summary>
public static class AccessibilityReportFile
{
    public const string RelativePath = "reports/accessibility.json";

    private static readonly AccessibilityReportJson Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    });

    public static string Serialize(AccessibilityReport report) => JsonSerializer.Serialize(report, Json.AccessibilityReport);

    public static AccessibilityReport Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Json.AccessibilityReport) ?? throw new JsonException("空のファイルです。");
}
