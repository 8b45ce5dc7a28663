using System.Text.Json.Serialization;

namespace Disclosure.Accessibility;

/// <summary>
/// The report's JSON form, generated when the library is compiled: reading it at every build's start by reflection
/// cost more than the rest of reading the content.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(AccessibilityReport))]
public sealed partial class AccessibilityReportJson : JsonSerializerContext;
