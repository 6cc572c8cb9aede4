using System.Text.Json;
using Runbook.Cli.Tests.TestSupport;

namespace Runbook.Cli.Tests.Lsp;

/// <summary>The real server driven through a pipe with real LSP messages, one test per feature.</summary>
public sealed class LanguageServerTests
{
    private static readonly string SandboxRefresh =
        File.ReadAllText(Path.Combine(RepositoryPaths.Runbooks, "salesforce-sandbox-refresh.runbook"));

    private static readonly string RefreshUri = LspClient.Uri("salesforce-sandbox-refresh.runbook");

    [Fact]
    public async Task Initialize_advertises_every_feature_with_incremental_sync()
    {
        await using var client = LspClient.Start();

        var result = await client.InitializeAsync();

        var capabilities = result.GetProperty("capabilities");
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        foreach (var feature in new[]
        {
            "hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider",
            "documentFormattingProvider",
        })
        {
            Assert.True(capabilities.GetProperty(feature).GetBoolean(), feature);
        }

        Assert.Equal([".", ":"], capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters")
            .EnumerateArray().Select(character => character.GetString()));
        Assert.Equal("runbook", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Opening_a_runbook_publishes_what_check_reports()
    {
        var path = Path.Combine(RepositoryPaths.InvalidCorpus, "names-and-types.runbook");
        var check = JsonDocument.Parse(CliRun.Invoke("check", path, "--format", "json").Out).RootElement;
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        var published = await client.OpenAsync(new Uri(path).AbsoluteUri, File.ReadAllText(path));

        Assert.Equal(new Uri(path).AbsoluteUri, published.GetProperty("uri").GetString());
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        var expected = check.EnumerateArray().Select(diagnostic =>
            $"{diagnostic.GetProperty("code")} {diagnostic.GetProperty("severity")} "
            + $"({diagnostic.GetProperty("startLine")},{diagnostic.GetProperty("startColumn")})-"
            + $"({diagnostic.GetProperty("endLine")},{diagnostic.GetProperty("endColumn")}) "
            + diagnostic.GetProperty("message"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, published.GetProperty("diagnostics").EnumerateArray().Select(Describe));
        Assert.All(published.GetProperty("diagnostics").EnumerateArray(),
            diagnostic => Assert.Equal("runbook", diagnostic.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task A_keystroke_is_applied_as_a_range_edit_and_checked_again()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        Assert.Empty((await client.OpenAsync(RefreshUri, SandboxRefresh)).GetProperty("diagnostics").EnumerateArray());
        var (line, character) = Find(SandboxRefresh, "param.sandbox\n");

        // Type one letter at the end of `param.sandbox`, then delete it again.
        var end = LspClient.Position(line, character + "param.sandbox".Length);
        var typed = await client.ChangeAsync(RefreshUri, 2, "x", new { start = end, end });
        var afterX = LspClient.Position(line, character + "param.sandboxx".Length);
        var deleted = await client.ChangeAsync(RefreshUri, 3, "", new { start = end, end = afterX });

        Assert.Equal(2, typed.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(typed.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(
            $"RB2003 error ({line + 1},{character + 7})-({line + 1},{character + 15}) "
            + "Unknown param 'sandboxx'. Did you mean 'sandbox'?",
            Describe(diagnostic));
        Assert.Equal(3, deleted.GetProperty("version").GetInt32());
        Assert.Empty(deleted.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task A_whole_document_change_replaces_the_text()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(RefreshUri, SandboxRefresh);

        var published = await client.ChangeAsync(RefreshUri, 2, "runbook \"r\" {\n    param unused: int = 1\n}\n");

        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("RB2100", diagnostic.GetProperty("code").GetString());
        Assert.Equal(2, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal([1], diagnostic.GetProperty("tags").EnumerateArray().Select(tag => tag.GetInt32()));
    }

    [Fact]
    public async Task A_change_rechecks_only_its_own_document()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var other = LspClient.Uri("other.runbook");
        await client.OpenAsync(RefreshUri, SandboxRefresh);
        await client.OpenAsync(other, "runbook \"other\" {\n}\n");

        var published = await client.ChangeAsync(other, 2, "runbook \"other\" {\n    title = 1\n}\n");
        var hover = await client.AtAsync("textDocument/hover", other, 1, 6);

        Assert.Equal(other, published.GetProperty("uri").GetString());
        Assert.False(client.HasPendingDiagnostics);
        Assert.Contains("title: string", hover.GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(RefreshUri, "runbook \"r\" {\n    param unused: int = 1\n}\n");

        await client.NotifyAsync("textDocument/didClose", new { textDocument = LspClient.TextDocument(RefreshUri) });
        var published = await client.NextDiagnosticsAsync();
        var hover = await client.AtAsync("textDocument/hover", RefreshUri, 1, 12);

        Assert.Equal(RefreshUri, published.GetProperty("uri").GetString());
        Assert.Empty(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, hover.ValueKind);
    }

    [Fact]
    public async Task Hover_shows_the_step_kinds_docs()
    {
        await using var client = await OpenRefreshAsync();
        var (line, character) = Find(SandboxRefresh, "salesforce.delete_records");

        var hover = await client.AtAsync("textDocument/hover", RefreshUri, line, character + 12);

        var contents = hover.GetProperty("contents");
        Assert.Equal("markdown", contents.GetProperty("kind").GetString());
        Assert.StartsWith("```runbook\nstep kind salesforce.delete_records\n```\nDeletes the records",
            contents.GetProperty("value").GetString());
        var kindEnd = character + "salesforce.delete_records".Length;
        var expected = Range(line, character + "salesforce.".Length, line, kindEnd);
        Assert.Equal(expected, Describe(hover.GetProperty("range")));
    }

    [Fact]
    public async Task Hover_shows_an_attribute_with_its_type_and_secrecy()
    {
        await using var client = await OpenRefreshAsync();
        var (line, character) = Find(SandboxRefresh, "password  = secret(\"SF_PRODUCTION_PASSWORD\")");

        var hover = await client.AtAsync("textDocument/hover", RefreshUri, line, character);

        var value = hover.GetProperty("contents").GetProperty("value").GetString();
        Assert.StartsWith("```runbook\npassword: string\n```\nAttribute of connection kind salesforce", value);
        Assert.Contains("accepts secret(...)", value);
    }

    [Fact]
    public async Task Completion_after_step_name_colon_lists_the_step_kinds()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var uri = LspClient.Uri("completion.runbook");
        await client.OpenAsync(uri, "runbook \"r\" {\n    step s: sales\n}\n");

        var completion = await client.AtAsync("textDocument/completion", uri, 1, 17);

        Assert.False(completion.GetProperty("isIncomplete").GetBoolean());
        var items = completion.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            ["manual", "salesforce.delete_records", "salesforce.refresh_sandbox"],
            items.Select(item => item.GetProperty("label").GetString()));
        var edit = items[1].GetProperty("textEdit");
        Assert.Equal("salesforce.delete_records", edit.GetProperty("newText").GetString());
        Assert.Equal(Range(1, 12, 1, 17), Describe(edit.GetProperty("range")));
        Assert.Equal(7, items[1].GetProperty("kind").GetInt32());
        Assert.Equal("markdown", items[1].GetProperty("documentation").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Completion_after_steps_name_dot_lists_the_outputs()
    {
        await using var client = await OpenRefreshAsync();
        var (line, character) = Find(SandboxRefresh, "deleted_records <=");

        var completion = await client.AtAsync("textDocument/completion", RefreshUri, line, character);

        var labels = completion.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("label"));
        Assert.Contains("deleted_records", labels.Select(label => label.GetString()));
    }

    [Fact]
    public async Task Definition_of_a_param_read_is_its_declaration()
    {
        await using var client = await OpenRefreshAsync();
        var (useLine, useCharacter) = Find(SandboxRefresh, "max_deleted\n");
        var (line, character) = Find(SandboxRefresh, "max_deleted: int");

        var location = await client.AtAsync("textDocument/definition", RefreshUri, useLine, useCharacter + 3);

        Assert.Equal(RefreshUri, location.GetProperty("uri").GetString());
        Assert.Equal(Range(line, character, line, character + "max_deleted".Length),
            Describe(location.GetProperty("range")));
    }

    [Fact]
    public async Task References_of_a_connection_are_every_use_and_its_declaration()
    {
        await using var client = await OpenRefreshAsync();
        var (line, character) = Find(SandboxRefresh, "books: intacct");

        var withDeclaration = await client.RequestAsync("textDocument/references", new
        {
            textDocument = LspClient.TextDocument(RefreshUri),
            position = LspClient.Position(line, character),
            context = new { includeDeclaration = true },
        });
        var withoutDeclaration = await client.RequestAsync("textDocument/references", new
        {
            textDocument = LspClient.TextDocument(RefreshUri),
            position = LspClient.Position(line, character),
            context = new { includeDeclaration = false },
        });

        // Declared once, named by two requires and by the system of three manual steps.
        var ranges = Ranges(withDeclaration);
        Assert.Equal(6, ranges.Count);
        Assert.Equal(Range(line, character, line, character + "books".Length), ranges[0]);
        Assert.Equal(ranges.Skip(1), Ranges(withoutDeclaration));
        Assert.All(withDeclaration.EnumerateArray(),
            location => Assert.Equal(RefreshUri, location.GetProperty("uri").GetString()));
    }

    [Fact]
    public async Task Document_symbols_outline_the_runbook()
    {
        await using var client = await OpenRefreshAsync();

        var symbols = await client.RequestAsync(
            "textDocument/documentSymbol", new { textDocument = LspClient.TextDocument(RefreshUri) });

        var top = symbols.EnumerateArray().ToList();
        Assert.Equal(
            [
                "13 sandbox", "13 intacct_company", "13 transaction_objects", "13 ar_term_object", "13 location_object",
                "13 max_deleted", "19 production", "19 crm", "19 books", "17 require same_org_type(books, crm)",
                "17 require single_org_per_company(books, crm)", "17 require org_type(crm) == \"sandbox\"",
                "17 require org_type(production) == \"production\"", "12 refresh", "12 delete_subscription_data",
                "12 cancel_subscription", "12 resubscribe", "12 reconfigure_sync", "12 delete_remaining_transactions",
                "12 mass_sync", "3 plan",
            ],
            top.Select(symbol => $"{symbol.GetProperty("kind").GetInt32()} {symbol.GetProperty("name").GetString()}"));
        var (line, character) = Find(SandboxRefresh, "step refresh:");
        var refresh = top[13];
        Assert.Equal("salesforce.refresh_sandbox", refresh.GetProperty("detail").GetString());
        Assert.Equal(Range(line, character + 5, line, character + 12), Describe(refresh.GetProperty("selectionRange")));
        Assert.StartsWith($"({line},{character})-", Describe(refresh.GetProperty("range")));
        Assert.Equal(["org", "sandbox", "timeout"],
            refresh.GetProperty("children").EnumerateArray().Select(child => child.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Formatting_returns_one_edit_for_the_whole_document()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();
        var uri = LspClient.Uri("messy.runbook");
        await client.OpenAsync(uri, "runbook \"r\"{\ntitle=\"T\"\n}");
        var formatting = new
        {
            textDocument = LspClient.TextDocument(uri),
            options = new { tabSize = 2, insertSpaces = true },
        };

        var edits = await client.RequestAsync("textDocument/formatting", formatting);
        await client.ChangeAsync(uri, 2, "runbook \"r\" {\ntitle=\n");
        var broken = await client.RequestAsync("textDocument/formatting", formatting);

        var edit = Assert.Single(edits.EnumerateArray());
        Assert.Equal(Range(0, 0, 2, 1), Describe(edit.GetProperty("range")));
        Assert.Equal("runbook \"r\" {\n    title = \"T\"\n}\n", edit.GetProperty("newText").GetString());
        Assert.Empty(broken.EnumerateArray());
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_server_with_0_and_exit_alone_with_1()
    {
        await using var polite = LspClient.Start();
        await using var abrupt = LspClient.Start();
        await polite.InitializeAsync();
        await abrupt.InitializeAsync();

        var shutdown = await polite.RequestAsync("shutdown");

        Assert.Equal(JsonValueKind.Null, shutdown.ValueKind);
        Assert.Equal(0, await polite.ExitAsync());
        Assert.Equal(1, await abrupt.ExitAsync());
    }

    [Fact]
    public async Task Requests_about_a_document_that_is_not_open_have_no_answer()
    {
        await using var client = LspClient.Start();
        await client.InitializeAsync();

        var hover = await client.AtAsync("textDocument/hover", LspClient.Uri("never-opened.runbook"), 0, 0);

        Assert.Equal(JsonValueKind.Null, hover.ValueKind);
    }

    private static async Task<LspClient> OpenRefreshAsync()
    {
        var client = LspClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(RefreshUri, SandboxRefresh);
        return client;
    }

    // The zero-based line and character where `text` first appears.
    private static (int Line, int Character) Find(string document, string text)
    {
        var offset = document.IndexOf(text, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{text}' is not in the document.");
        var before = document[..offset];
        var line = before.Count(c => c == '\n');
        return (line, offset - (before.LastIndexOf('\n') + 1));
    }

    private static List<string> Ranges(JsonElement locations)
        => [.. locations.EnumerateArray().Select(location => Describe(location.GetProperty("range")))];

    private static string Range(int startLine, int startCharacter, int endLine, int endCharacter)
        => $"({startLine},{startCharacter})-({endLine},{endCharacter})";

    private static string Describe(JsonElement element)
    {
        if (element.TryGetProperty("code", out var code))
        {
            var severity = element.GetProperty("severity").GetInt32() switch
            {
                1 => "error",
                2 => "warning",
                _ => "info",
            };
            var range = element.GetProperty("range");
            var start = range.GetProperty("start");
            var end = range.GetProperty("end");
            return $"{code.GetString()} {severity} "
                + $"({start.GetProperty("line").GetInt32() + 1},{start.GetProperty("character").GetInt32() + 1})-"
                + $"({end.GetProperty("line").GetInt32() + 1},{end.GetProperty("character").GetInt32() + 1}) "
                + element.GetProperty("message").GetString();
        }

        return Range(
            element.GetProperty("start").GetProperty("line").GetInt32(),
            element.GetProperty("start").GetProperty("character").GetInt32(),
            element.GetProperty("end").GetProperty("line").GetInt32(),
            element.GetProperty("end").GetProperty("character").GetInt32());
    }
}
