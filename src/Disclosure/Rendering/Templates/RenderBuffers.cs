using System.Collections.Concurrent;
using System.Text;

namespace Disclosure.Rendering.Templates;

/// <summary>
/// Text buffers for rendering, reused from page to page: one made fresh for each page grew block by block to the
/// page's size, a tenth of the rendering's time at ten thousand pages. A returned buffer keeps its capacity.
/// </summary>
public static class RenderBuffers
{
    private static readonly ConcurrentStack<StringBuilder> Free = new();

    public static StringBuilder Rent() => Free.TryPop(out var buffer) ? buffer : new StringBuilder();

    public static void Return(StringBuilder buffer)
    {
        buffer.Clear();
        Free.Push(buffer);
    }
}
