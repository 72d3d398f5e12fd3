using System.Globalization;

namespace Multistore.Feeds.Writers;

/// <summary>A tax rate as Google reads it: a percentage with a point and no trailing zeros, <c>8.875</c>, <c>7.25</c>, <c>6</c>.</summary>
public static class FeedRate
{
    public static string Format(decimal percent) => percent.ToString("0.######", CultureInfo.InvariantCulture);
}
