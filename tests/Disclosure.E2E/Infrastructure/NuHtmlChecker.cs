using System.Diagnostics;
using System.Text.Json;

namespace Disclosure.E2E.Infrastructure;

/// <summary>The Nu Html Checker (vnu.jar from the npm package vnu-jar, run with Java), as tests/run.sh installs it.</summary>
public static class NuHtmlChecker
{
    public static string JarPath =>
        Environment.GetEnvironmentVariable("DISCLOSURE_VNU_JAR")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "disclosure", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Every error the checker reports for the HTML files under a folder, as "file:line: message".</summary>
    public static async Task<IReadOnlyList<string>> ErrorsInAsync(string folder)
    {
        if (!File.Exists(JarPath))
        {
            throw new InvalidOperationException($"vnu.jar is not at {JarPath}: run tests/run.sh, which installs it.");
        }
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", JarPath, "--errors-only", "--skip-non-html", "--format", "json", folder })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;

        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
