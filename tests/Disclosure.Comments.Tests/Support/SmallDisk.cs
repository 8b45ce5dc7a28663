using System.Diagnostics;

namespace Disclosure.Comments.Tests.Support;

/// <summary>
/// A real file system of a few hundred kilobytes (tmpfs, mounted for the test) that a test can fill, free, and make
/// read-only and writable again under a running server. Mounting needs root (or sudo without a password), as the
/// test run has (tests/run.sh installs packages the same way).
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler.bin");

    public static SmallDisk Mount(int kilobytes)
    {
        var path = Directory.CreateTempSubdirectory("disclosure-small-disk-").FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k,mode=0777", "tmpfs", path);
        return new SmallDisk(path);
    }

    /// <summary>Writes until the disk refuses another byte.</summary>
    public void Fill()
    {
        using var file = new FileStream(Filler, FileMode.Append);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    public void Free() => File.Delete(Filler);

    public void ReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void Writable() => Run("mount", "-o", "remount,rw", Path);

    public void Dispose()
    {
        try
        {
            Run("umount", "-l", Path);
            Directory.Delete(Path);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // Left for the system to clean.
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? command : "sudo") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (!asRoot)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add(command);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} — these tests need root, or sudo without a password, to mount a small tmpfs.");
        }
    }
}
