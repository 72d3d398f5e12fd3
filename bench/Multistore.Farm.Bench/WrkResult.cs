namespace Multistore.Farm.Bench;

/// <summary>What one wrk run printed: requests per second, the 99th percentile latency, and answers that were not 2xx or 3xx.</summary>
public sealed record WrkResult(double RequestsPerSecond, double P99Milliseconds, long Non2xx, string SocketErrors);
