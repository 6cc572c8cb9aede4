using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Tests.LanguageService;

/// <summary>
/// A small complete catalogue standing in for the plugins: one connection kind, three step kinds, three functions.
/// </summary>
internal static class TestCatalog
{
    public static SchemaCatalog Instance { get; } = new(
        [
            new ConnectionKindSchema("crm", "A CRM org, reached over HTTPS.",
            [
                new AttributeSchema("url", RunbookType.String, "Where the org answers.") { Required = true },
                new AttributeSchema("password", RunbookType.String, "The API user's password.")
                {
                    Required = true,
                    AcceptsSecret = true,
                },
                new AttributeSchema("page_size", RunbookType.Int, "Records per page.") { DefaultValue = 200L },
            ]),
        ],
        [
            new StepKindSchema("crm.delete", "Deletes every record of some objects.",
            [
                new AttributeSchema("org", RunbookType.Connection("crm"), "The org to delete from.")
                {
                    Required = true,
                },
                new AttributeSchema("objects", RunbookType.ListOf(RunbookType.String), "The objects to empty.")
                {
                    Required = true,
                },
                new AttributeSchema("hard", RunbookType.Bool, "Skip the recycle bin.") { DefaultValue = false },
            ],
            [
                new OutputSchema("deleted", RunbookType.Int, "How many records were deleted."),
                new OutputSchema("batches", RunbookType.Int, "How many batches it took."),
            ]),
            new StepKindSchema("crm.refresh", "Refreshes a sandbox.",
            [
                new AttributeSchema("org", RunbookType.Connection("crm"), "The production org.") { Required = true },
            ],
            [new OutputSchema("copy_id", RunbookType.String, "The id of the copy.")]),
            new StepKindSchema("manual", "A person does it.",
            [
                new AttributeSchema("instructions", RunbookType.String, "What to do.") { Required = true },
                new AttributeSchema("verify", RunbookType.Bool, "Checked once confirmed.") { Deferred = true },
            ],
            [new OutputSchema("confirmed_by", RunbookType.String, "Who confirmed.")]),
        ],
        [
            new FunctionSchema("org_type", "\"sandbox\" or \"production\".",
                [new ParameterSchema("c", RunbookType.AnyConnection, "The connection.")], RunbookType.String),
            new FunctionSchema("secret", "A secret from the environment.",
                [new ParameterSchema("name", RunbookType.String, "The variable.")], RunbookType.String)
            {
                ReturnsSecret = true,
            },
            new FunctionSchema("record_count", "The number of records of an object.",
            [
                new ParameterSchema("c", RunbookType.Connection("crm"), "The org."),
                new ParameterSchema("object", RunbookType.String, "The object."),
                new ParameterSchema("where", RunbookType.String, "A condition.") { Optional = true },
            ], RunbookType.Int),
        ],
        isComplete: true);
}
