using Runbook.Engine.Formatting;
using Runbook.Engine.LanguageService;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Tests.LanguageService;

public sealed class FormattingProviderTests
{
    [Fact]
    public void One_edit_replaces_the_whole_document_with_what_fmt_writes()
    {
        const string messy = "runbook \"r\"{\n  title=\"T\"\n    param a:int=1\n}\n";
        var tree = SyntaxTree.Parse(messy);

        var edit = FormattingProvider.Format(tree);

        Assert.NotNull(edit);
        Assert.Equal(0, edit.Span.Start);
        Assert.Equal(messy.Length, edit.Span.Length);
        Assert.Equal(Formatter.Format(tree), edit.NewText);
    }

    [Fact]
    public void A_formatted_document_needs_no_edit()
    {
        var formatted = Formatter.Format(SyntaxTree.Parse("runbook \"r\"{ title=\"T\" }"))!;

        Assert.Null(FormattingProvider.Format(SyntaxTree.Parse(formatted)));
    }

    [Fact]
    public void A_document_with_syntax_errors_is_left_alone()
    {
        Assert.Null(FormattingProvider.Format(SyntaxTree.Parse("runbook \"r\" { title = }")));
    }
}
