using Fluid.Ast;

namespace Multistore.Theming;

/// <summary>Replaces every range of a parsed template with one that checks its length before it allocates.</summary>
internal sealed class BoundedRangeRewriter(int maxLength) : AstRewriter
{
    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRangeExpression(rangeExpression, maxLength);
}
