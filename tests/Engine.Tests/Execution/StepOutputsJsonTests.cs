using System.Collections.Immutable;
using Runbook.Engine.Execution.Journal;
using Runbook.Engine.Runtime;

namespace Runbook.Engine.Tests.Execution;

public sealed class StepOutputsJsonTests
{
    [Fact]
    public void Values_are_stored_as_documented()
    {
        var outputs = ImmutableDictionary<string, object?>.Empty
            .Add("wait", TimeSpan.FromHours(6))
            .Add("precise", TimeSpan.FromMilliseconds(1500))
            .Add("count", 3L)
            .Add("name", "6h")
            .Add("ok", true)
            .Add("none", null)
            .Add("list", ImmutableArray.Create<object?>("a", 1L, TimeSpan.FromSeconds(90)))
            .Add("secret", new SecretValue("SF_PASSWORD", "hunter2"));

        var json = StepOutputsJson.Serialize(outputs);

        Assert.Equal(
            """{"count":3,"list":["a",1,{"duration":"90s"}],"name":"6h","none":null,"ok":true,""" +
            "\"precise\":{\"duration\":\"00:00:01.5000000\"},\"secret\":\"***\",\"wait\":{\"duration\":\"6h\"}}",
            json);
    }

    [Fact]
    public void A_duration_and_the_string_that_looks_like_it_read_back_as_themselves()
    {
        var read = StepOutputsJson.Deserialize("""{"d":{"duration":"6h"},"s":"6h","n":{"duration":"-00:00:05"}}""");

        Assert.Equal(TimeSpan.FromHours(6), read["d"]);
        Assert.Equal("6h", read["s"]);
        Assert.Equal(TimeSpan.FromSeconds(-5), read["n"]);
    }

    [Fact]
    public void A_negative_duration_round_trips()
    {
        var written = StepOutputsJson.Serialize(ImmutableDictionary<string,
            object?>.Empty.Add("d", TimeSpan.FromSeconds(-5)));

        Assert.Equal(TimeSpan.FromSeconds(-5), StepOutputsJson.Deserialize(written)["d"]);
    }

    [Fact]
    public void An_object_the_journal_never_writes_is_refused()
    {
        Assert.Throws<JournalException>(() => StepOutputsJson.Deserialize("""{"x":{"other":1}}"""));
    }

    [Fact]
    public void No_outputs_is_an_empty_dictionary()
    {
        Assert.Empty(StepOutputsJson.Deserialize(null));
        Assert.Empty(StepOutputsJson.Deserialize("{}"));
        Assert.Equal("{}", StepOutputsJson.Serialize(ImmutableDictionary<string, object?>.Empty));
    }
}
