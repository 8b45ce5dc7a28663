using System.Diagnostics;

namespace Disclosure.Tests.History;

/// <summary>Runs git in a test's temporary folder, with a fixed identity so commits work on any machine.</summary>
public static class GitRepository
{
    public static void Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["GIT_AUTHOR_NAME"] = "テスト担当";
        start.Environment["GIT_AUTHOR_EMAIL"] = "test@example.jp";
        start.Environment["GIT_COMMITTER_NAME"] = "テスト担当";
        start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.jp";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
    }

    public static void Init(string folder)
    {
        Run(folder, "init", "-q", "-b", "main");
        Run(folder, "config", "commit.gpgsign", "false");
    }

    /// <param name="date">The author date, which the site shows as the version's date; now when not given.</param>
    public static void CommitAll(string folder, string message, DateOnly? date = null)
    {
        Run(folder, "add", "-A");
        Run(folder, ["commit", "-q", "-m", message, .. date is { } d ? new[] { "--date", $"{d:yyyy-MM-dd}T10:00:00+09:00" } : []]);
    }
}
