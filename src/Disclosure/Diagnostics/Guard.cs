namespace Disclosure.Diagnostics;

/// <summary>
/// Runs one file's share of the work so that a failure of the tool itself — a bug, never a content mistake, which
/// has a message of its own — is reported against that file in one plain sentence instead of ending the build with
/// a stack trace. The exception's own message is left out: it may quote the content, redacted words included.
/// </summary>
public static class Guard
{
    public static T? Run<T>(string path, DiagnosticBag diagnostics, Func<T?> work) where T : class
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(path, 1, Message(e));
            return null;
        }
    }

    public static string Message(Exception e) =>
        $"このファイルを処理できませんでした（Disclosure の内部エラー {e.GetType().Name}）。内容の誤りではない可能性が高いため、このファイルを添えて開発担当に知らせてください。";
}
