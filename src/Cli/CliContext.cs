namespace Runbook.Cli;

/// <summary>Where a command writes: standard output for results, standard error for messages about them.</summary>
internal sealed class CliContext
{
    private readonly Lazy<Stream> outStream;

    /// <param name="out">Results: diagnostics, plans, reports.</param>
    /// <param name="error">Messages for the person running the command.</param>
    /// <param name="openOutStream">
    /// Opens standard output as bytes. Called at most once, and only by a command that writes bytes: most
    /// commands write text alone, and opening the stream is a measurable part of <c>runbook check</c>'s start.
    /// </param>
    public CliContext(TextWriter @out, TextWriter error, Func<Stream> openOutStream)
    {
        Out = @out;
        Error = error;
        outStream = new Lazy<Stream>(openOutStream, LazyThreadSafetyMode.None);
    }

    /// <summary>Results: diagnostics, plans, reports.</summary>
    public TextWriter Out { get; }

    /// <summary>Messages for the person running the command.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard output as bytes, for JSON written with a UTF-8 writer; opened on first use.</summary>
    public Stream OutStream => outStream.Value;

    /// <summary>Whether <see cref="OutStream"/> was opened, so that whoever made this context can close it.</summary>
    public bool IsOutStreamOpen => outStream.IsValueCreated;
}
