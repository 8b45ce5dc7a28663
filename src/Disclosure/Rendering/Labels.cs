namespace Disclosure.Rendering;

/// <summary>
/// Language-neutral names of enumerated values. The words shown for them come from the theme's strings
/// (<see cref="UiStrings.Of(Content.AssessmentKind)"/> and its siblings, keys such as <c>status.published</c>).
/// </summary>
public static class Labels
{
    /// <summary>CSS class suffix for a state, so the theme can style it without knowing the enum; also the suffix of its strings key.</summary>
    public static string Token<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();
}
