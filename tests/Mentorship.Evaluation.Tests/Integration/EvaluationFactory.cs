using Mentorship.Evaluation;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Evaluation.Tests.Integration;

/// <summary>The Evaluation service over its own fresh database, the real broker and Development tokens.</summary>
public sealed class EvaluationFactory() : ServiceFactory<Program>(ResourceNames.EvaluationDb);
