using System.CommandLine;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Cli.Commands;

/// <summary>
/// <c>runbook steps [NAME]</c>: every step kind, connection kind and function with its schema and docs.
/// </summary>
internal static class StepsCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("name")
        {
            Description = "A kind or function to show in full.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var plugins = CommonOptions.Plugins();
        var command = new Command(
            "steps",
            "List the step kinds, connection kinds and functions, with their attributes.")
        {
            name, plugins,
        };
        command.SetAction(result => Run(context, result.GetValue(name), PluginSetup.Create(result.GetValue(plugins))));
        return command;
    }

    private static int Run(CliContext context, string? name, PluginRegistry registry)
    {
        if (name is null)
        {
            Section(
                context,
                "Connection kinds",
                registry.ConnectionKinds
                    .OrderBy(schema => schema.Name)
                    .Select(schema => (schema.Name, schema.Doc)));
            Section(
                context,
                "Step kinds",
                registry.StepKinds
                    .OrderBy(schema => schema.Name)
                    .Select(schema => (schema.Name, schema.Doc)));
            Section(
                context,
                "Functions",
                registry.Functions
                    .OrderBy(schema => schema.Name)
                    .Select(schema => (schema.Signature, schema.Doc)));
            context.Out.WriteLine("Run 'runbook steps NAME' for one kind's attributes and outputs.");
            return ExitCodes.Success;
        }

        if (registry.FindStepKind(name) is { } step)
        {
            context.Out.WriteLine($"step kind {step.Name}: {step.Doc}");
            Attributes(context, "Attributes", step.Attributes);
            Attributes(context, "Attributes every step accepts", BuiltInProperties.Step);
            context.Out.WriteLine();
            context.Out.WriteLine("Outputs");
            foreach (var output in step.Outputs)
            {
                context.Out.WriteLine($"  {output.Name}: {output.Type.Name}  {output.Doc}");
            }

            return ExitCodes.Success;
        }

        if (registry.FindConnectionKind(name) is { } connection)
        {
            context.Out.WriteLine($"connection kind {connection.Name}: {connection.Doc}");
            Attributes(context, "Attributes", connection.Attributes);
            return ExitCodes.Success;
        }

        if (registry.FindFunction(name) is { } function)
        {
            context.Out.WriteLine(
                $"function {function.Signature}{(function.ReturnsSecret ? "  (returns a secret)" : "")}");
            context.Out.WriteLine($"  {function.Doc}");
            foreach (var parameter in function.Parameters)
            {
                context.Out.WriteLine(
                    $"  {parameter.Name}: {parameter.Type.Name}" +
                    $"{(parameter.Optional ? " (optional)" : "")}  {parameter.Doc}");
            }

            return ExitCodes.Success;
        }

        var known = registry.StepKinds.Select(schema => schema.Name)
            .Concat(registry.ConnectionKinds.Select(schema => schema.Name))
            .Concat(registry.Functions.Select(schema => schema.Name));
        throw new UsageException(
            $"No step kind, connection kind or function is called '{name}'." +
            $"{Engine.Diagnostics.SpellingSuggestion.Hint(name, known)}");
    }

    private static void Section(CliContext context, string heading, IEnumerable<(string Name, string Doc)> rows)
    {
        context.Out.WriteLine(heading);
        foreach (var (name, doc) in rows)
        {
            context.Out.WriteLine($"  {name,-40} {doc}");
        }

        context.Out.WriteLine();
    }

    private static void Attributes(CliContext context, string heading, IEnumerable<AttributeSchema> attributes)
    {
        context.Out.WriteLine();
        context.Out.WriteLine(heading);
        foreach (var attribute in attributes)
        {
            var notes = new List<string>();
            notes.Add(attribute.Required
                ? "required"
                : attribute.DefaultValue is null
                    ? "optional"
                    : $"default {RuntimeValue.FormatQuoted(attribute.DefaultValue)}");
            if (attribute.AcceptsSecret)
            {
                notes.Add("accepts secret(...)");
            }

            if (attribute.Deferred)
            {
                notes.Add("checked after the step runs");
            }

            context.Out.WriteLine(
                $"  {attribute.Name}: {attribute.Type.Name} ({string.Join(", ", notes)})  {attribute.Doc}");
        }
    }
}
