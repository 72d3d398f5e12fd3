using Multistore.Modules;

[assembly: Module("Multistore.Search", "Search",
    Category = "Commerce",
    Description = "Full-text product search per culture (Lucene.Net) with facets, typo tolerance and sorting; category and search pages; kept in sync from the catalog's change log.",
    Dependencies = ["Multistore.Catalog", "Multistore.Pricing"])]
