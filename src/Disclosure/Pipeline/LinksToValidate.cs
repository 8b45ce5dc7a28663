namespace Disclosure.Pipeline;

/// <summary>Input of <see cref="ValidateLinks"/>.</summary>
/// <param name="Pages">Every page of the build: what links may lead to.</param>
/// <param name="OtherFiles">Output paths of everything written besides pages: assets, attachments, feeds, data.</param>
/// <param name="Only">The pages whose links to check; null for all (the incremental layer trusts pages it checked before).</param>
public sealed record LinksToValidate(IReadOnlyList<ProcessedPage> Pages, IReadOnlySet<string> OtherFiles, IReadOnlyList<ProcessedPage>? Only = null);
