namespace Multistore.Orders.Admin;

public sealed class OrderNoteForm
{
    public string? Text { get; set; }
}
