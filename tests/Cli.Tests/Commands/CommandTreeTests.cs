using System.CommandLine;
using Runbook.Cli.Tests.TestSupport;

namespace Runbook.Cli.Tests.Commands;

/// <summary>
/// The command line builds only the invoked command when the first argument names one; these tests hold
/// that shortcut to the full tree, so that no command can be missing from it or answer differently.
/// </summary>
public sealed class CommandTreeTests
{
    private static readonly CliContext Context = new(TextWriter.Null, TextWriter.Null, () => Stream.Null);

    [Fact]
    public void Every_command_name_is_the_name_of_the_command_its_factory_makes()
    {
        var full = CliApplication.CreateRootCommand([], Context);

        Assert.Equal(CliApplication.CommandNames, full.Subcommands.Select(command => command.Name));
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Naming_a_command_builds_that_command_alone_with_the_same_options(string name)
    {
        var full = CliApplication.CreateRootCommand([], Context).Subcommands.Single(command => command.Name == name);

        var lazy = CliApplication.CreateRootCommand([name, "--help"], Context);

        var only = Assert.Single(lazy.Subcommands);
        Assert.Equal(Describe(full), Describe(only));
    }

    [Fact]
    public void Help_of_the_root_lists_every_command()
    {
        var run = CliRun.Invoke("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(CliApplication.CommandNames, name => Assert.Contains($"  {name}", run.Out));
    }

    [Fact]
    public void A_misspelt_command_is_a_usage_error_that_names_it()
    {
        var run = CliRun.Invoke("chek", "runbooks");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unrecognized command or argument 'chek'", run.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("/?")]
    public void Help_of_one_command_shows_its_usage_and_options(string helpSwitch)
    {
        var run = CliRun.Invoke("check", helpSwitch);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" check <paths>... [options]", run.Out);
        Assert.Contains("--format", run.Out);
    }

    [Fact]
    public void A_mistake_after_a_command_names_that_command_s_help()
    {
        var run = CliRun.Invoke("check", "--format", "xml", "runbooks");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'runbook check --help' for usage.", run.Error);
    }

    [Fact]
    public void A_command_alone_is_built_without_the_help_option_unless_help_is_asked_for()
    {
        var plain = CliApplication.CreateRootCommand(["check", "runbooks"], Context);
        var help = CliApplication.CreateRootCommand(["check", "--help"], Context);

        Assert.Empty(plain.Options);
        Assert.Contains(help.Options, option => option.Name == "--help");
    }

    public static TheoryData<string> CommandNames() => [.. CliApplication.CommandNames];

    private static string Describe(Command command)
        => string.Join(
            "\n",
            new[] { $"{command.Name}: {command.Description}" }
                .Concat(command.Options.Select(option => $"option {option.Name} {string.Join(',', option.Aliases)}"))
                .Concat(command.Arguments.Select(argument => $"argument {argument.Name}"))
                .Concat(command.Subcommands.Select(Describe)));
}
