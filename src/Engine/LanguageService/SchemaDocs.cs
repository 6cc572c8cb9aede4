using System.Text;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.LanguageService;

/// <summary>
/// Markdown for hovers and completion details, written from the plugins' schemas the way <c>runbook steps</c>
/// shows them: a signature in a code block, then the doc, then the parts.
/// </summary>
internal static class SchemaDocs
{
    // Values written in a runbook can be long (text blocks); a hover shows the start.
    private const int MaxValueLength = 120;

    public static string StepKind(StepKindSchema kind)
    {
        var builder = Code($"step kind {kind.Name}").AppendLine(kind.Doc);
        if (!kind.Attributes.IsEmpty)
        {
            builder.AppendLine().AppendLine("**Attributes**").AppendLine();
            foreach (var attribute in kind.Attributes)
            {
                builder.AppendLine($"- {AttributeSummary(attribute)}");
            }
        }

        var common = string.Join(", ", BuiltInProperties.Step.Select(attribute => $"`{attribute.Name}`"));
        builder.AppendLine().AppendLine($"Every step also accepts {common}.");
        AppendOutputs(builder, kind);
        return Finish(builder);
    }

    public static string ConnectionKind(ConnectionKindSchema kind)
    {
        var builder = Code($"connection kind {kind.Name}").AppendLine(kind.Doc);
        if (!kind.Attributes.IsEmpty)
        {
            builder.AppendLine().AppendLine("**Attributes**").AppendLine();
            foreach (var attribute in kind.Attributes)
            {
                builder.AppendLine($"- {AttributeSummary(attribute)}");
            }
        }

        return Finish(builder);
    }

    public static string Attribute(AttributeSchema attribute, string source)
    {
        var builder = Code($"{attribute.Name}: {attribute.Type.Name}");
        builder.AppendLine($"Attribute of {source} · {string.Join(" · ", Notes(attribute))}").AppendLine();
        builder.AppendLine(attribute.Doc);
        return Finish(builder);
    }

    public static string Function(FunctionSchema function)
    {
        var builder = Code(function.Signature).AppendLine(function.Doc);
        if (!function.Parameters.IsEmpty)
        {
            builder.AppendLine();
            foreach (var parameter in function.Parameters)
            {
                var optional = parameter.Optional ? " (optional)" : string.Empty;
                builder.AppendLine($"- `{parameter.Name}`: {parameter.Type.Name}{optional} — {parameter.Doc}");
            }
        }

        if (function.ReturnsSecret)
        {
            builder.AppendLine().AppendLine("Returns a secret: it may only be given to attributes that accept one.");
        }

        return Finish(builder);
    }

    public static string Param(ParamDeclarationSyntax param)
    {
        var declaration = $"param {param.Name.Text}: {Written(param.Type)}";
        if (param.Default is not null)
        {
            declaration += $" = {Written(param.Default.Value)}";
        }

        var builder = Code(declaration).AppendLine($"Read as `param.{param.Name.Text}`.");
        return Finish(builder);
    }

    public static string Connection(ConnectionDeclarationSyntax connection, ConnectionKindSchema? kind)
    {
        var builder = Code($"connection {connection.Name.Text}: {connection.KindName.Name}");
        builder.AppendLine(kind?.Doc ?? $"No loaded plugin provides the connection kind '{connection.KindName.Name}'.");
        return Finish(builder);
    }

    public static string Step(StepDeclarationSyntax step, StepKindSchema? kind)
    {
        var builder = Code($"step {step.Name.Text}: {step.KindName.Name}");
        if (step.Title is not null)
        {
            builder.AppendLine($"**{Written(step.Title).Trim('"')}**").AppendLine();
        }

        builder.AppendLine(kind?.Doc ?? $"No loaded plugin provides the step kind '{step.KindName.Name}'.");
        if (kind is not null)
        {
            AppendOutputs(builder, kind);
        }

        return Finish(builder);
    }

    public static string Output(string stepName, OutputSchema output)
    {
        var builder = Code($"steps.{stepName}.{output.Name}: {output.Type.Name}").AppendLine(output.Doc).AppendLine();
        builder.AppendLine("The planned value during a dry run, the actual one during execution.");
        return Finish(builder);
    }

    /// <summary>One line about an attribute: <c>`org`: salesforce connection (required) — doc</c>.</summary>
    public static string AttributeSummary(AttributeSchema attribute)
        => $"`{attribute.Name}`: {attribute.Type.Name} ({string.Join(", ", Notes(attribute))}) — {attribute.Doc}";

    /// <summary>Required or its default, and whether it takes a secret, as <c>runbook steps</c> says it.</summary>
    public static IEnumerable<string> Notes(AttributeSchema attribute)
    {
        yield return attribute.Required ? "required"
            : attribute.DefaultValue is null ? "optional"
            : $"default {RuntimeValue.FormatQuoted(attribute.DefaultValue)}";
        if (attribute.AcceptsSecret)
        {
            yield return "accepts secret(...)";
        }

        if (attribute.Deferred)
        {
            yield return "checked after the step runs";
        }
    }

    private static void AppendOutputs(StringBuilder builder, StepKindSchema kind)
    {
        if (kind.Outputs.IsEmpty)
        {
            return;
        }

        builder.AppendLine().AppendLine("**Outputs**").AppendLine();
        foreach (var output in kind.Outputs)
        {
            builder.AppendLine($"- `{output.Name}`: {output.Type.Name} — {output.Doc}");
        }
    }

    private static string Written(SyntaxNode node)
    {
        // The node's own characters, without the comments and line breaks around it.
        var text = node.ToFullString().Substring(node.Span.Start - node.FullSpan.Start, node.Span.Length);
        return text.Length <= MaxValueLength ? text : text[..MaxValueLength] + "…";
    }

    private static StringBuilder Code(string code) => new StringBuilder()
        .AppendLine("```runbook").AppendLine(code).AppendLine("```");

    private static string Finish(StringBuilder builder) => builder.ToString().TrimEnd().ReplaceLineEndings("\n");
}
