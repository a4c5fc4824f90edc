namespace DfxrmViz.Storage.Plans;

/// <summary>The database could not be reached or did not answer: nothing was saved (HTTP 503, never 500). The
/// message says so in words for the page; the inner exception has the driver's details for the log.</summary>
public sealed class PlanStoreUnavailableException : Exception
{
    public PlanStoreUnavailableException() : this("The plan store is not available.") { }

    public PlanStoreUnavailableException(string message) : base(message) { }

    public PlanStoreUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>Plan JSON over the configured limit (HTTP 413); the message names both sizes.</summary>
public sealed class PlanTooLargeException : Exception
{
    public PlanTooLargeException() : this("The plan is too large to store.") { }

    public PlanTooLargeException(string message) : base(message) { }

    public PlanTooLargeException(string message, Exception innerException) : base(message, innerException) { }

    public PlanTooLargeException(long sizeBytes, long maxBytes)
        : base($"The plan is {sizeBytes} bytes of JSON; this server stores plans of at most {maxBytes} bytes.")
    {
        SizeBytes = sizeBytes;
        MaxBytes = maxBytes;
    }

    public long SizeBytes { get; }

    /// <summary>Throws when <paramref name="planJson"/> is over <paramref name="maxBytes"/> of UTF-8.</summary>
    public static void ThrowIfOver(string planJson, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(planJson);
        // Cheap bound first: one UTF-16 char is at most 3 UTF-8 bytes.
        if ((long)planJson.Length * 3 > maxBytes && System.Text.Encoding.UTF8.GetByteCount(planJson) is var bytes && bytes > maxBytes)
        {
            throw new PlanTooLargeException(bytes, maxBytes);
        }
    }

    public long MaxBytes { get; }
}
