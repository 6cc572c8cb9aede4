global using Runbook.Emulator.Tests.Support;
global using Xunit;
