using System.CommandLine;
using Runbook.Engine.Planning;

namespace Runbook.Cli.Commands;

/// <summary>
/// <c>runbook approve PLAN.json --by NAME</c>: records an approval of that exact plan in the plan file. The
/// plan's creator cannot approve it, and nobody approves twice.
/// </summary>
internal static class ApproveCommand
{
    public static Command Create(CliContext context)
    {
        var plan = new Argument<string>("plan") { Description = "The plan file to approve." };
        var by = new Option<string>("--by") { Description = "Who approves.", Required = true };
        var comment = new Option<string?>("--comment") { Description = "Why, or what was checked." };
        var command = new Command("approve", "Approve a saved plan.") { plan, by, comment };
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(plan);
            var document = ShowCommand.Load(path);
            try
            {
                var approved = Approvals.Approve(
                    document,
                    result.GetRequiredValue(by),
                    result.GetValue(comment),
                    DateTimeOffset.UtcNow);
                PlanFile.Save(path, approved);
                context.Out.WriteLine(
                    $"Approved plan {PlanRenderer.ShortId(approved.Id)} as {result.GetRequiredValue(by)}: " +
                    $"{Approvals.Count(approved)} of {approved.Policy.Approvals} approval(s).");
                return ExitCodes.Success;
            }
            catch (ApprovalException exception)
            {
                context.Error.WriteLine($"runbook: {exception.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }
}
