using Multistore.Modules;

[assembly: Module("Multistore.Payments.Stripe", "Stripe payments",
    Category = "Payments",
    Description = "Cards and wallets through Stripe PaymentIntents, with 3-D Secure, refunds and signed webhooks.",
    Dependencies = ["Multistore.Payments"])]
