using Multistore.Modules;

[assembly: Module("Multistore.Orders", "Orders",
    Category = "Commerce",
    Description = "Orders with their lifecycle, payments, refunds, notes and confirmation e-mails.",
    Dependencies = ["Multistore.Inventory", "Multistore.Promotions"])]
