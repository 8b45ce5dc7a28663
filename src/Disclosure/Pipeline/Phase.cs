namespace Disclosure.Pipeline;

/// <summary>Makes a phase of a function: how the incremental layer puts a memo in front of a phase of this build.</summary>
public static class Phase
{
    public static IPhase<TInput, TOutput> From<TInput, TOutput>(Func<TInput, TOutput> execute) => new FunctionPhase<TInput, TOutput>(execute);

    public static IAsyncPhase<TInput, TOutput> From<TInput, TOutput>(Func<TInput, Task<TOutput>> execute) => new AsyncFunctionPhase<TInput, TOutput>(execute);

    private sealed class FunctionPhase<TInput, TOutput>(Func<TInput, TOutput> execute) : IPhase<TInput, TOutput>
    {
        public TOutput Execute(TInput input) => execute(input);
    }

    private sealed class AsyncFunctionPhase<TInput, TOutput>(Func<TInput, Task<TOutput>> execute) : IAsyncPhase<TInput, TOutput>
    {
        public Task<TOutput> ExecuteAsync(TInput input) => execute(input);
    }
}
