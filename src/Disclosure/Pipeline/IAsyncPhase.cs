namespace Disclosure.Pipeline;

/// <summary>A phase whose work awaits (rendering templates): the same contract as <see cref="IPhase{TInput,TOutput}"/>.</summary>
public interface IAsyncPhase<in TInput, TOutput>
{
    Task<TOutput> ExecuteAsync(TInput input);
}
