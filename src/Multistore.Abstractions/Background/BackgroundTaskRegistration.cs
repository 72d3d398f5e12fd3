namespace Multistore.Background;

/// <summary>
/// A task the shell runs, as <see cref="BackgroundTaskServiceCollectionExtensions.AddBackgroundTask{TTask}"/> leaves it
/// in the shell's services for the engine to find when the shell starts.
/// </summary>
public sealed record BackgroundTaskRegistration(Type TaskType, BackgroundTaskSchedule Schedule);
