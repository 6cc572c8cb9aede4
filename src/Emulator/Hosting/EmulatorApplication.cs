using Runbook.Emulator.Intacct;
using Runbook.Emulator.Salesforce;

namespace Runbook.Emulator.Hosting;

/// <summary>Wires the middleware and every route of the emulator onto the web application.</summary>
internal static class EmulatorApplication
{
    public static void Configure(WebApplication app)
    {
        app.UseMiddleware<EmulatorMiddleware>();
        app.UseRouting();
        SalesforceApi.Map(app);
        IntacctGateway.Map(app);
        EmulatorAdminEndpoints.Map(app);
    }
}
