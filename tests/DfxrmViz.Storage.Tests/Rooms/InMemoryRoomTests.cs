using DfxrmViz.Storage.Rooms;
using Xunit.Abstractions;

namespace DfxrmViz.Storage.Tests.Rooms;

/// <summary>The live-room suite on one instance (rooms in memory).</summary>
public sealed class InMemoryRoomTests(ITestOutputHelper output) : RoomServiceContract(output)
{
    protected override Task<(IRoomBackplane A, IRoomBackplane B)> CreateBackplanesAsync(TimeProvider time, bool freshLiveState)
    {
        var backplane = new InMemoryRoomBackplane();
        Own(backplane);
        return Task.FromResult<(IRoomBackplane, IRoomBackplane)>((backplane, backplane));
    }
}
