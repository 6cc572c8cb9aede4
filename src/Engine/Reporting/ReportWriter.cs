using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Runbook.Engine.Execution.Journal;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Runbook.Engine.Reporting;

/// <summary>
/// Renders audit reports: Markdown and HTML from Scriban templates, or the model as JSON. The built-in
/// templates are embedded in the engine; a template folder replaces them by file name
/// (<see cref="MarkdownTemplate"/>, <see cref="HtmlTemplate"/>). Templates see the model under the names
/// listed in docs/report-model.md, plus two helpers: <c>md</c> escapes text for Markdown (tables included) and
/// <c>code</c> writes an inline code span; Scriban's own <c>html.escape</c> is there for HTML.
/// </summary>
public sealed class ReportWriter
{
    /// <summary>The file name of the Markdown template.</summary>
    public const string MarkdownTemplate = "report.md.sbn";

    /// <summary>The file name of the HTML template.</summary>
    public const string HtmlTemplate = "report.html.sbn";

    private readonly ReportTemplates _templates;

    /// <summary>A writer that uses the templates of <paramref name="templateDirectory"/> where it has them.</summary>
    public ReportWriter(string? templateDirectory = null)
    {
        _templates = new ReportTemplates(templateDirectory);
    }

    /// <summary>The text of a built-in template, to start a custom one from.</summary>
    public static string BuiltInTemplate(string name) => ReportTemplates.Embedded(name);

    /// <summary>The report of a model in the given format.</summary>
    public string Render(ReportModel model, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(model);
        return format switch
        {
            ReportFormat.Json => ReportJson.ToText(model),
            ReportFormat.Markdown => RenderTemplate(MarkdownTemplate, model),
            ReportFormat.Html => RenderTemplate(HtmlTemplate, model),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }

    /// <summary>
    /// Writes <c>reports/RUN_ID.md</c> and <c>reports/RUN_ID.html</c> under <paramref name="folder"/> from the
    /// state file at <paramref name="journalPath"/>.
    /// </summary>
    public async Task<ReportFiles> WriteRunReportsAsync(
        string journalPath,
        string runId,
        string folder,
        ReportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        if (!File.Exists(journalPath))
        {
            throw new JournalException($"There is no state file at '{journalPath}'.");
        }

        using var journal = SqliteRunJournal.Open(journalPath);
        return await WriteRunReportsAsync(journal, runId, folder, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes <c>reports/RUN_ID.md</c> and <c>reports/RUN_ID.html</c> under <paramref name="folder"/>.
    /// </summary>
    public async Task<ReportFiles> WriteRunReportsAsync(
        SqliteRunJournal journal,
        string runId,
        string folder,
        ReportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var model = await ReportModelBuilder.BuildAsync(journal, runId, options, cancellationToken)
            .ConfigureAwait(false);

        // Rendered before anything is written, so a broken template leaves no half set of reports.
        var markdown = Render(model, ReportFormat.Markdown);
        var html = Render(model, ReportFormat.Html);

        var reports = Path.Combine(folder, "reports");
        Directory.CreateDirectory(reports);
        var files = new ReportFiles(Path.Combine(reports, runId + ".md"), Path.Combine(reports, runId + ".html"));
        await WriteAtomicallyAsync(files.Markdown, markdown, cancellationToken).ConfigureAwait(false);
        await WriteAtomicallyAsync(files.Html, html, cancellationToken).ConfigureAwait(false);
        return files;
    }

    private string RenderTemplate(string name, ReportModel model)
    {
        var template = _templates.Get(name);
        var context = new TemplateContext
        {
            // The event log of a long run has thousands of entries; Scriban's default stops loops at 1,000.
            LoopLimit = 0,
            StrictVariables = true,
            NewLine = "\n",
        };
        context.PushGlobal(Helpers());
        context.PushGlobal((ScriptObject)ToScript(ReportJson.ToNode(model))!);

        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new ReportTemplateException($"The report template {name} failed: {exception.Message}", exception);
        }
    }

    private static ScriptObject Helpers()
    {
        var helpers = new ScriptObject();
        helpers.Import("md", new Func<object?, string>(value => MarkdownText(value?.ToString() ?? string.Empty)));
        helpers.Import("code", new Func<object?, string>(value => MarkdownCode(value?.ToString() ?? string.Empty)));
        return helpers;
    }

    /// <summary>
    /// Text that Markdown shows as written, inside or outside a table: characters that start emphasis, code,
    /// HTML or a new table cell are escaped, and line breaks become <c>&lt;br&gt;</c> so a row stays one line.
    /// Brackets and underscores are left alone: a link needs more than one, and names are full of the other.
    /// </summary>
    private static string MarkdownText(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var character in text.ReplaceLineEndings("\n"))
        {
            escaped.Append(character switch
            {
                '\\' or '|' or '*' or '`' => "\\" + character,
                '<' => "&lt;",
                '\n' => "<br>",
                _ => character.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// An inline code span: fenced with one more backtick than the longest run inside it, pipes escaped as
    /// GitHub's tables require even in code, and line breaks as spaces.
    /// </summary>
    private static string MarkdownCode(string text)
    {
        text = text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
        var longest = 0;
        var run = 0;
        foreach (var character in text)
        {
            run = character == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + pad + text + pad + fence;
    }

    /// <summary>JSON as Scriban values: objects, arrays, strings, numbers and bools.</summary>
    private static object? ToScript(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var script = new ScriptObject();
                foreach (var (key, value) in obj)
                {
                    script.SetValue(key, ToScript(value), readOnly: true);
                }

                return script;
            case JsonArray array:
                var list = new ScriptArray();
                foreach (var item in array)
                {
                    list.Add(ToScript(item));
                }

                return list;
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => value.TryGetValue<long>(out var number) ? number : value.GetValue<double>(),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static async Task WriteAtomicallyAsync(string path, string text, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
