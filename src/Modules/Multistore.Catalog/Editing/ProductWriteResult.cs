namespace Multistore.Catalog.Editing;

public sealed record ProductWriteResult(Guid? ProductId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static ProductWriteResult Saved(Guid id) => new(id, []);

    public static ProductWriteResult Failed(IReadOnlyList<FieldError> errors) => new(null, errors);
}
