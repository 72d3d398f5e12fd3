namespace Multistore.Data;

/// <summary>Tells the engine which DbContexts a shell has, so it can migrate them at setup and activation.</summary>
public sealed record ModuleDbContextRegistration(Type ContextType);
