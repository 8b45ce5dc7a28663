using Disclosure.Content;
using Disclosure.Rendering.Models;
using Disclosure.Routing;

namespace Disclosure.Pipeline;

/// <param name="Template">Template file name in the theme, e.g. <c>Assessment.cshtml</c>.</param>
/// <param name="Source">The document the page shows, if any: problems found on the page are reported against it.</param>
/// <param name="Inputs">What the page shows besides the site-wide inputs, declared when it was planned.</param>
public sealed record PageToRender(string Template, PageModel Model, ContentDocument? Source, PageInputs Inputs)
{
    /// <summary>
    /// The file the page is written to, relative to the output folder: worked out once, as every build of the preview
    /// looks up ten thousand pages by it.
    /// </summary>
    public string OutputPath { get; } = SiteRoutes.FileOf(Model.Path);
}
