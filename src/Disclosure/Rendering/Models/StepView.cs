using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed record StepView(int Number, ScheduleStep Step, StepState State, DocumentLink? Link);
