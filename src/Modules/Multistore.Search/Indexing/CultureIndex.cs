using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Multistore.Search.Indexing;

/// <summary>
/// One culture's index of one tenant on this node. The indexer writes and commits with its change-log checkpoint
/// in the commit data; searches read the last commit through a <see cref="SearcherManager"/>.
/// </summary>
public sealed class CultureIndex : IDisposable
{
    private const string CheckpointKey = "checkpoint";
    private const string FormatKey = "format";
    private readonly LuceneDirectory _directory;
    private readonly System.Threading.Lock _lock = new();
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    // Lucene 4.8 writes segments_N in place, so a reader opened mid-commit can see half a file: searchers open
    // only on an index committed before this node opened it, or after this node's own commit has finished.
    private volatile bool _readable;

    public CultureIndex(string culture, string folder)
    {
        Culture = culture;
        System.IO.Directory.CreateDirectory(folder);
        _directory = FSDirectory.Open(folder);
        Analyzer = SearchAnalyzers.For(culture);
        _readable = DirectoryReader.IndexExists(_directory);
    }

    public string Culture { get; }
    public Analyzer Analyzer { get; }

    private int _commits;

    /// <summary>How many commits this node made to the index since it opened it: a page that read the index keeps only if this did not move meanwhile.</summary>
    public int Commits => Volatile.Read(ref _commits);

    /// <summary>True once the index has a commit (it was built at least once on this node).</summary>
    public bool Exists => DirectoryReader.IndexExists(_directory);

    /// <summary>True when the last commit holds documents of the current <see cref="IndexFields.Format"/>; an older index is rebuilt.</summary>
    public bool IsCurrentFormat => CommitValue(FormatKey) == IndexFields.Format;

    /// <summary>The change-log sequence the last commit covers; 0 when there is no index yet.</summary>
    public long Checkpoint() =>
        CommitValue(CheckpointKey) is { } value ? long.Parse(value, CultureInfo.InvariantCulture) : 0;

    public void Update(string id, Document? document)
    {
        var writer = Writer();
        var term = new Term(IndexFields.Id, id);
        if (document is null)
        {
            writer.DeleteDocuments(term);
        }
        else
        {
            writer.UpdateDocument(term, document);
        }
    }

    public void DeleteAll() => Writer().DeleteAll();

    /// <summary>Drops what was written since the last commit (a batch that failed half-way).</summary>
    public void Rollback()
    {
        lock (_lock)
        {
            _writer?.Rollback();
            _writer = null;
        }
    }

    public void Commit(long checkpoint)
    {
        var writer = Writer();
        writer.SetCommitData(new Dictionary<string, string> { [CheckpointKey] = checkpoint.ToString(CultureInfo.InvariantCulture), [FormatKey] = IndexFields.Format });
        writer.Commit();
        Interlocked.Increment(ref _commits);
        _readable = true;
        Searchers()?.MaybeRefreshBlocking();
    }

    /// <summary>Runs <paramref name="search"/> on the latest committed index; null when there is none yet.</summary>
    public T? Search<T>(Func<IndexSearcher, T> search) where T : class
    {
        var searchers = Searchers();
        if (searchers is null)
        {
            return null;
        }

        var searcher = searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _searchers?.Dispose();
            _writer?.Dispose();
            _directory.Dispose();
            Analyzer.Dispose();
        }
    }

    private string? CommitValue(string key)
    {
        if (!DirectoryReader.IndexExists(_directory))
        {
            return null;
        }

        var commits = DirectoryReader.ListCommits(_directory);
        return commits.Count > 0 && commits[^1].UserData.TryGetValue(key, out var value) ? value : null;
    }

    private IndexWriter Writer()
    {
        lock (_lock)
        {
            // Throws LockObtainFailedException while another shell of this tenant still holds the index; the indexer retries.
            return _writer ??= new IndexWriter(_directory, new IndexWriterConfig(SearchAnalyzers.Version, Analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 64,
            });
        }
    }

    private SearcherManager? Searchers()
    {
        lock (_lock)
        {
            if (_searchers is null && _readable)
            {
                _searchers = new SearcherManager(_directory, null);
            }

            return _searchers;
        }
    }
}
