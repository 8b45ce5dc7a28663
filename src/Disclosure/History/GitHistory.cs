using System.Diagnostics;
using System.Text;

namespace Disclosure.History;

/// <summary>
/// The committed versions of content files, read with the <c>git</c> command: one <c>git log</c> for the whole
/// content folder (renames followed) and one <c>git cat-file --batch</c> for the file contents.
/// </summary>
public sealed class GitHistory
{
    private const char RecordSeparator = '\u001e';
    private const char FieldSeparator = '\u001f';
    private readonly string _repositoryRoot;
    private readonly List<Commit> _commits;

    private GitHistory(string repositoryRoot, List<Commit> commits)
    {
        _repositoryRoot = repositoryRoot;
        _commits = commits;
    }

    /// <summary>Null when the folder is not in a git repository, or git is not installed.</summary>
    public static GitHistory? Read(string contentDirectory)
    {
        var root = Git(contentDirectory, null, "rev-parse", "--show-toplevel")?.Trim();
        if (string.IsNullOrEmpty(root))
        {
            return null;
        }
        var log = Git(contentDirectory, null, "log", "--no-color", "-M", "--name-status",
            $"--format={RecordSeparator}%H{FieldSeparator}%aI{FieldSeparator}%s", "--", ".");
        return log is null ? null : new GitHistory(root, Parse(log));
    }

    /// <summary>
    /// The repository and the commit checked out, as one line each; null outside a repository. History cannot have
    /// changed while this stays the same, whatever happens to the files in the working tree.
    /// </summary>
    public static string? Head(string contentDirectory) => Git(contentDirectory, null, "rev-parse", "--show-toplevel", "HEAD");

    /// <summary>Every committed version of each file, newest first, following renames; all contents read in one batch.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Revision>> RevisionsOf(IEnumerable<string> fullPaths)
    {
        var found = fullPaths.Distinct().ToDictionary(p => p, Find);
        var objects = found.Values.SelectMany(list => list.Select(f => $"{f.Commit.Hash}:{f.Path}")).ToList();
        var texts = objects.Count == 0 ? [] : ReadBlobs(objects);
        var next = 0;
        var result = new Dictionary<string, IReadOnlyList<Revision>>(StringComparer.Ordinal);
        foreach (var (fullPath, list) in found)
        {
            result[fullPath] = list.Select(f => new Revision(f.Commit.Hash, f.Commit.Date, f.Commit.Subject, texts[next++])).ToList();
        }
        return result;
    }

    private List<(Commit Commit, string Path)> Find(string fullPath)
    {
        var path = Path.GetRelativePath(_repositoryRoot, Path.GetFullPath(fullPath)).Replace('\\', '/');
        var found = new List<(Commit Commit, string Path)>();
        foreach (var commit in _commits)
        {
            if (!commit.Changes.TryGetValue(path, out var change))
            {
                continue;
            }
            if (change.Status != 'D')
            {
                found.Add((commit, path));
            }
            if (change.Status == 'A')
            {
                break;
            }
            if (change.OldPath is not null)
            {
                path = change.OldPath;
            }
        }
        return found;
    }

    private List<string> ReadBlobs(IEnumerable<string> objects)
    {
        var input = string.Join('\n', objects) + "\n";
        var output = GitBytes(_repositoryRoot, input, "cat-file", "--batch") ?? [];
        var texts = new List<string>();
        var position = 0;
        while (position < output.Length)
        {
            var headerEnd = Array.IndexOf(output, (byte)'\n', position);
            var header = Encoding.UTF8.GetString(output, position, headerEnd - position).Split(' ');
            position = headerEnd + 1;
            if (header.Length < 3)
            {
                texts.Add("");
                continue;
            }
            var size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
            texts.Add(Encoding.UTF8.GetString(output, position, size).TrimStart('\uFEFF'));
            position += size + 1;
        }
        return texts;
    }

    private static List<Commit> Parse(string log)
    {
        var commits = new List<Commit>();
        foreach (var record in log.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var fields = lines[0].Split(FieldSeparator);
            var changes = new Dictionary<string, Change>(StringComparer.Ordinal);
            foreach (var line in lines.Skip(1))
            {
                var parts = line.Split('\t');
                var status = parts[0][0];
                if (status == 'R' && parts.Length == 3)
                {
                    changes[parts[2]] = new Change(status, parts[1]);
                }
                else if (parts.Length >= 2)
                {
                    changes[parts[1]] = new Change(status, null);
                }
            }
            commits.Add(new Commit(fields[0], DateTimeOffset.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), fields[2], changes));
        }
        return commits;
    }

    private static string? Git(string directory, string? input, params string[] arguments) =>
        GitBytes(directory, input, arguments) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    private static byte[]? GitBytes(string directory, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
        };
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        // Paths and messages as UTF-8 text, not octal escapes.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotepath=false");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start)!;
            // stdin is written and stderr drained on their own threads, so no pipe can fill up and block git.
            var errors = process.StandardError.ReadToEndAsync();
            var writer = input is null ? Task.CompletedTask : Task.Run(() =>
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            });
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            writer.Wait();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? output.ToArray() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: the site builds without history.
            return null;
        }
    }

    private sealed record Commit(string Hash, DateTimeOffset Date, string Subject, Dictionary<string, Change> Changes);

    private sealed record Change(char Status, string? OldPath);
}
