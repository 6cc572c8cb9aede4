using System.Text;
using CsCheck;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;
using Runbook.Engine.Tests.TestSupport;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Generators;

/// <summary>CsCheck generators of runbook text: arbitrary junk, mutations of real files, and valid runbooks.</summary>
internal static class RunbookGenerators
{
    private static readonly string[] Fragments =
    [
        "runbook", "param", "connection", "require", "because", "step", "plan", "expect", "and", "or", "not",
        "true", "false", "{", "}", "[", "]", "(", ")", ",", ":", "=", ".", "==", "!=", "<", "<=", ">", ">=",
        "\"", "\"\"\"", "${", "\\", "\\$", "#", " ", "  ", "\t", "\n", "\r\n", "\r", "x", "name_1", "250_000",
        "1__0", "90s", "15ms", "@", "!", "é", "\u0000", "\uFFFD", "\"text\"", "steps", "a.b",
    ];

    private static readonly string[] Names = ["a", "b", "crm", "books", "limit", "sandbox", "org", "objects", "x_1"];

    private static readonly string[] SeedFiles =
        [.. RepositoryPaths.CorpusFiles("valid").Concat(RepositoryPaths.ExampleRunbooks()).Select(File.ReadAllText)];

    /// <summary>Text made of the language's pieces in any order: mostly invalid, often nearly valid.</summary>
    public static Gen<string> Fragmented =>
        Gen.Int[0, Fragments.Length - 1].Select(index => Fragments[index]).Array[0, 80].Select(string.Concat);

    /// <summary>Any bytes, decoded as UTF-8 the way a file is read.</summary>
    public static Gen<string> RandomBytes =>
        Gen.Byte.Array[0, 400].Select(bytes => Encoding.UTF8.GetString(bytes));

    /// <summary>A real runbook with a few characters deleted, inserted or duplicated.</summary>
    public static Gen<string> Mutated =>
        Gen.Int[0, SeedFiles.Length - 1].SelectMany(seed => Mutation.Array[1, 4].Select(mutations =>
        {
            var text = SeedFiles[seed];
            foreach (var mutate in mutations)
            {
                text = mutate(text);
            }

            return text;
        }));

    /// <summary>A syntactically valid runbook in a canonical layout.</summary>
    public static Gen<string> Valid =>
        Gen.Select(Member.Array[0, 8], members =>
            "runbook \"generated\" {\n" + string.Concat(members.Select(member => member + "\n")) + "}\n");

    /// <summary>
    /// A valid runbook whose whitespace and comments have been scrambled without changing its tokens.
    /// </summary>
    public static Gen<string> ValidScrambled =>
        Valid.SelectMany(text => Separator.Array[400].Select(separators => Scramble(text, separators)));

    private static Gen<Func<string, string>> Mutation => Gen.OneOf(
        Gen.Select(Gen.Double[0, 1], Gen.Int[1, 12], (at, length) => (Func<string, string>)(text =>
        {
            var start = (int)(at * text.Length);
            return text.Remove(start, Math.Min(length, text.Length - start));
        })),
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, Fragments.Length - 1], (at, fragment) => (Func<string, string>)(text =>
            text.Insert((int)(at * text.Length), Fragments[fragment]))),
        Gen.Select(Gen.Double[0, 1], Gen.Int[1, 30], (at, length) => (Func<string, string>)(text =>
        {
            var start = (int)(at * text.Length);
            return text.Insert(start, text.Substring(start, Math.Min(length, text.Length - start)));
        })));

    private static Gen<string> Name => Gen.Int[0, Names.Length - 1].Select(index => Names[index]);

    private static Gen<string> SimpleString =>
        Gen.String[Gen.Char['a', 'z'], 0, 8].Select(text => "\"" + text + "\"");

    private static Gen<string> Literal => Gen.OneOf(
        Gen.Int[0, 1_000_000].Select(value => value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int[1, 99].Select(value => value + "m"),
        Gen.Const("250_000"),
        Gen.Const("true"),
        Gen.Const("false"),
        SimpleString,
        Name.Select(name => "param." + name),
        Name.Select(name => "steps." + name + ".count"),
        Name);

    private static Gen<string> Expression => BuildExpression(3);

    private static Gen<string> BuildExpression(int depth)
    {
        if (depth == 0)
        {
            return Literal;
        }

        var inner = BuildExpression(depth - 1);
        return Gen.Frequency(
            (4, Literal),
            (1, Gen.Select(
                Literal,
                Gen.OneOf<string>("==", "!=", "<", "<=", ">", ">="),
                Literal,
                (l, op, r) => $"{l} {op} {r}")),
            (1, Gen.Select(inner, Gen.OneOf<string>("and", "or"), inner, (l, op, r) => $"{l} {op} {r}")),
            (1, inner.Select(operand => "not " + operand)),
            (1, inner.Select(operand => "(" + operand + ")")),
            (1, inner.Array[0, 3].Select(items => "[" + string.Join(", ", items) + "]")),
            (1, Gen.Select(Name, inner.Array[0, 3], (name, args) => name + "(" + string.Join(", ", args) + ")")),
            (1, Gen.Select(SimpleString, inner, (text, hole) => "\"a ${" + hole + "} b\"")));
    }

    private static Gen<string> Property => Gen.Select(Name, Expression, (name, value) => $"{name} = {value}");

    private static Gen<string> Member => Gen.OneOf(
        Property,
        Gen.Select(Name, Gen.OneOf<string>("string", "int", "bool", "duration", "string[]"), Literal.Array[0, 1],
            (name, type, value) => $"param {name}: {type}" + (value.Length == 0 ? string.Empty : " = " + value[0])),
        Gen.Select(Name, Property.Array[0, 3], (name, properties) =>
            $"connection {name}: salesforce {{\n{string.Concat(properties.Select(p => p + "\n"))}}}"),
        Gen.Select(Expression, SimpleString.Array[0, 1], (condition, reason) =>
            "require " + condition + (reason.Length == 0 ? string.Empty : " because " + reason[0])),
        Gen.Select(
            Name,
            Gen.OneOf<string>("manual", "salesforce.delete_records"),
            SimpleString.Array[0, 1],
            Property.Array[0, 3],
            (name, kind, title, properties) =>
                $"step {name}: {kind}{(title.Length == 0 ? string.Empty : " " + title[0])} {{\n" +
                string.Concat(properties.Select(p => p + "\n")) + "}"),
        Gen.Select(Property.Array[0, 2], Expression.Array[0, 2], (properties, expectations) =>
            "plan {\n" + string.Concat(properties.Select(p => p + "\n"))
            + string.Concat(expectations.Select(e => "expect " + e + "\n")) + "}"));

    private static Gen<string> Separator =>
        Gen.OneOf<string>(" ", " ", " ", "  ", "\t", "\n", "\n\n", "\n   ", " # note\n");

    // Re-emits the tokens of a valid text with other whitespace between them. Inside the interpolation of a
    // one-line string a line break would end the string, so only spaces are used there.
    private static string Scramble(string text, string[] separators)
    {
        var tokens = Lexer.Lex(SourceText.From(text), new DiagnosticBag());
        var builder = new StringBuilder();
        var interpolationDepth = 0;

        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            interpolationDepth += token.Kind switch
            {
                SyntaxKind.StringStartToken => 1,
                SyntaxKind.StringEndToken => -1,
                _ => 0,
            };

            builder.Append(token.Text);
            var separator = separators[i % separators.Length];
            builder.Append(interpolationDepth > 0 && separator.Contains('\n') ? " " : separator);
        }

        return builder.ToString();
    }
}
