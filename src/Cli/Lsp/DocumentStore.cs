using System.Collections.Concurrent;
using Runbook.Cli.Lsp.Protocol;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Text;

namespace Runbook.Cli.Lsp;

/// <summary>
/// The open documents. Each change re-parses and re-binds only the document it is about: a runbook is one
/// file that refers to nothing outside it but the plugins, so no other document can be affected.
/// </summary>
internal sealed class DocumentStore(ISchemaCatalog catalog)
{
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    public OpenDocument Open(TextDocumentItem item)
        => _documents[item.Uri] = Compile(item.Uri, item.Version, item.Text);

    /// <summary>Applies the changes in order and compiles the result; null for a document that is not open.</summary>
    public OpenDocument? Change(
        VersionedTextDocumentIdentifier identifier,
        IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        if (!_documents.TryGetValue(identifier.Uri, out var document))
        {
            return null;
        }

        var text = document.Text;
        foreach (var change in changes)
        {
            text = Apply(text, change);
        }

        return _documents[identifier.Uri] = Compile(identifier.Uri, identifier.Version, text);
    }

    public void Close(string uri) => _documents.TryRemove(uri, out _);

    public OpenDocument? Find(string uri) => _documents.GetValueOrDefault(uri);

    private static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return change.Text;
        }

        var source = SourceText.From(text);
        var start = ProtocolConversions.ToOffset(source, change.Range.Start);
        var end = Math.Max(start, ProtocolConversions.ToOffset(source, change.Range.End));
        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
    }

    private OpenDocument Compile(string uri, int version, string text)
        => new(uri, version, RunbookCompilation.Create(SourceText.From(text, PathOf(uri)), catalog));

    // Diagnostics name the file the way `runbook check` would; a document that is not a file keeps its URI.
    private static string PathOf(string uri)
        => System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;
}
