namespace Runbook.Engine.Tests.LanguageService;

/// <summary>A runbook that uses every sort of name, for the tests to point into.</summary>
internal static class SampleRunbook
{
    public const string Text = """
        runbook "demo" {
            title = "Demo"

            param sandbox: string = "uat"
            param max_deleted: int = 250_000 # a ceiling

            connection crm: crm {
                url      = "https://example.test"
                password = secret("CRM_PASSWORD")
            }

            require org_type(crm) == "sandbox"
                because "Only sandboxes."

            step clear: crm.delete "Delete records" {
                org     = crm
                objects = ["A", "B"]
            }

            step announce: manual "Tell the team" {
                instructions = "Refreshed ${param.sandbox}, deleted ${steps.clear.deleted}."
            }

            plan {
                approvals = 1
                expect steps.clear.deleted <= param.max_deleted
                    because "Too many."
            }
        }
        """;

    /// <summary>
    /// The sample with '|' inserted <paramref name="offset"/> characters into appearance number
    /// <paramref name="occurrence"/> (from 0) of <paramref name="word"/>.
    /// </summary>
    public static Cursor At(string word, int occurrence = 0, int offset = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(word, start + 1, StringComparison.Ordinal);
        }

        Assert.True(start >= 0, $"'{word}' does not occur {occurrence + 1} times in the sample.");
        return Cursor.Parse(Text.Insert(start + offset, "|"));
    }
}
