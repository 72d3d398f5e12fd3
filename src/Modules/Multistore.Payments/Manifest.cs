using Multistore.Modules;

[assembly: Module("Multistore.Payments", "Payments",
    Category = "Commerce",
    Description = "Payment records shared by every payment provider, idempotent by key, with their status history and refunds.")]

[assembly: Feature("Multistore.Payments.BankTransfer", "Bank transfer",
    Category = "Payments",
    Description = "The shopper transfers the amount; the instructions are shown and emailed; an operator marks it received.",
    Dependencies = ["Multistore.Payments"])]

[assembly: Feature("Multistore.Payments.CashOnDelivery", "Cash on delivery",
    Category = "Payments",
    Description = "The shopper pays the carrier at the door, with an optional fee; an operator marks it received.",
    Dependencies = ["Multistore.Payments"])]

[assembly: Feature("Multistore.Payments.Invoice", "Invoice",
    Category = "Payments",
    Description = "Signed-in business customers pay by invoice within the store's payment terms.",
    Dependencies = ["Multistore.Payments"])]
