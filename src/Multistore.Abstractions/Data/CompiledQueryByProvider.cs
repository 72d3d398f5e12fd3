using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Multistore.Data;

/// <summary>
/// An EF Core compiled query kept once per database provider. A compiled query binds itself to the provider of
/// the first context that runs it, and one host serves stores on SQLite and on PostgreSQL side by side: a single
/// static compiled query made every store on the second provider answer 500. Compile through this instead.
/// </summary>
public sealed class CompiledQueryByProvider<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<string, TQuery> _queries = new(StringComparer.Ordinal);

    public TQuery For(DbContext context) =>
        _queries.GetOrAdd(context.Database.ProviderName ?? string.Empty, static (_, compile) => compile(), compile);
}
