namespace Disclosure.Rendering.Models;

/// <summary>
/// The same on every page of one build (the site's settings, its words, the day). An incremental build compares it
/// once per build and renders every page again when it changed, instead of comparing it page by page.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SiteWideAttribute : Attribute;
