using Multistore.Bench.Saas;

// Prints the SaaS host's figures: store create + setup time, and the tenant list API with 1,000 tenants.
return await SaasBenchmark.RunAsync(args);
