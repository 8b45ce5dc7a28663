using Microsoft.Playwright;

namespace Disclosure.E2E.Infrastructure;

public static class Waits
{
    /// <summary>
    /// For <c>Expect(page).ToHaveURLAsync</c> after a click or Enter. It polls the address, where WaitForURLAsync
    /// missed a navigation that had already finished when a loaded machine got round to waiting for it.
    /// </summary>
    public static readonly PageAssertionsToHaveURLOptions Navigation = new() { Timeout = 15_000 };
}
