using DfxrmViz.Web.Services.Rooms;

namespace DfxrmViz.Web.Tests.Rooms;

public class LatestOnlySenderTests
{
    [Fact]
    public async Task Values_posted_while_one_is_sent_collapse_into_the_newest()
    {
        var sent = new List<string>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sender = new LatestOnlySender<string>(async v =>
        {
            lock (sent)
            {
                sent.Add(v);
            }
            firstStarted.TrySetResult();
            await release.Task;
            if (v == "5")
            {
                allSent.TrySetResult();
            }
        }, TimeSpan.Zero, TimeProvider.System);

        sender.Post("1");
        await firstStarted.Task;
        for (var i = 2; i <= 5; i++)
        {
            sender.Post(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.True(sender.HasPending);
        release.SetResult();
        await allSent.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["1", "5"], sent);
        Assert.False(sender.HasPending);
    }
}
