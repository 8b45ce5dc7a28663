namespace Disclosure.Pipeline;

/// <summary>
/// Phase 12: makes the files whose content was left for later (<see cref="OutputFile.Later"/>: feeds, calendars, data
/// sets, the sitemap), on every core, while the templates run — they list every document and need no rendered page.
/// Input: the files to make, output: the same files with their content, in the same order.
/// </summary>
public sealed class ProduceFiles : IPhase<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>>
{
    public IReadOnlyList<OutputFile> Execute(IReadOnlyList<OutputFile> files) =>
        OnEveryCore.Map(files, f => f.Produce());
}
