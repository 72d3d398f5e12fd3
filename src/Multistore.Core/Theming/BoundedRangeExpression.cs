using System.Globalization;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Multistore.Theming;

/// <summary>
/// <c>(from..to)</c> that refuses more than <paramref name="maxLength"/> items: Fluid builds the whole array before a
/// loop's first step, so <c>(1..100000000)</c> took gigabytes before the step limit could stop it.
/// </summary>
internal sealed class BoundedRangeExpression(RangeExpression range, int maxLength) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
        var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
        if (Math.Abs(decimal.Truncate(to) - decimal.Truncate(from)) >= maxLength)
        {
            throw new LiquidLimitException(string.Create(CultureInfo.InvariantCulture, $"the range ({from}..{to}) has more than {maxLength:N0} items"));
        }

        return await range.EvaluateAsync(context);
    }
}
