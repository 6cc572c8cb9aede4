using System.Collections.Concurrent;
using Scriban;

namespace Runbook.Engine.Reporting;

/// <summary>
/// The report templates: those in a template folder given by the user, by file name, and the embedded ones for
/// any name the folder does not have. Each is parsed once.
/// </summary>
internal sealed class ReportTemplates
{
    private const string ResourcePrefix = "Runbook.Engine.Reporting.Templates.";

    private readonly string? _directory;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public ReportTemplates(string? directory)
    {
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new ReportTemplateException($"The template folder '{directory}' does not exist.");
        }

        _directory = directory;
    }

    /// <summary>The text of an embedded template, for people who want to start their own from it.</summary>
    public static string Embedded(string name)
    {
        using var stream = typeof(ReportTemplates).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new ReportTemplateException($"There is no built-in report template '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public Template Get(string name) => _parsed.GetOrAdd(name, Parse);

    private Template Parse(string name)
    {
        var path = _directory is null ? null : Path.Combine(_directory, name);
        var (text, source) = path is not null && File.Exists(path)
            ? (File.ReadAllText(path), path)
            : (Embedded(name), "(built-in) " + name);

        var template = Template.Parse(text, source);
        if (template.HasErrors)
        {
            var messages = string.Join("; ", template.Messages.Select(message => message.ToString()));
            throw new ReportTemplateException($"The report template {source} has errors: {messages}");
        }

        return template;
    }
}
