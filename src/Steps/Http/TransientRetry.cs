using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Runbook.Steps.Http;

/// <summary>
/// The Polly pipelines that retry transient failures of one API. Every retry is logged and handed to the
/// caller's callback so that the run's audit report can list it.
/// </summary>
internal sealed class TransientRetry
{
    private static readonly ResiliencePropertyKey<string> OperationKey = new("runbook.operation");

    private readonly string _service;
    private readonly RetryOptions _options;
    private readonly Action<ApiRetry>? _onRetry;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _always;
    private readonly ResiliencePipeline _onlyIfRefused;

    public TransientRetry(
        string service,
        RetryOptions options,
        TimeProvider time,
        Action<ApiRetry>? onRetry,
        ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetryAttempts);

        _service = service;
        _options = options;
        _onRetry = onRetry;
        _logger = logger;
        _always = Build(time, repeatable: true);
        _onlyIfRefused = Build(time, repeatable: false);
    }

    public async Task<T> ExecuteAsync<T>(
        string operation,
        RetryMode mode,
        Func<CancellationToken, Task<T>> action,
        CancellationToken cancellationToken)
    {
        var pipeline = mode == RetryMode.Always ? _always : _onlyIfRefused;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(OperationKey, operation);

        try
        {
            return await pipeline.ExecuteAsync(
                static async (ctx, act) => await act(ctx.CancellationToken).ConfigureAwait(false),
                context,
                action).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline Build(TimeProvider time, bool repeatable)
    {
        if (_options.MaxRetryAttempts == 0)
        {
            return ResiliencePipeline.Empty;
        }

        var retry = new RetryStrategyOptions
        {
            MaxRetryAttempts = _options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            Delay = _options.BaseDelay,
            MaxDelay = _options.MaxDelay,
            UseJitter = _options.UseJitter,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Exception, repeatable)),
            DelayGenerator = args => ValueTask.FromResult(ServerRequestedDelay(args.Outcome.Exception)),
            OnRetry = args =>
            {
                Report(args);
                return default;
            },
        };

        return new ResiliencePipelineBuilder { TimeProvider = time }.AddRetry(retry).Build();
    }

    private static bool ShouldRetry(Exception? exception, bool repeatable) =>
        exception is IApiFailure { IsTransient: true } failure && (repeatable || !failure.MayHaveBeenProcessed);

    private TimeSpan? ServerRequestedDelay(Exception? exception) =>
        exception is IApiFailure { RetryAfter: { } requested }
            ? (requested > _options.MaxRetryAfter ? _options.MaxRetryAfter : requested)
            : null;

    private void Report(OnRetryArguments<object> args)
    {
        var failure = args.Outcome.Exception as IApiFailure;
        var operation = args.Context.Properties.GetValue(OperationKey, "(unknown)");
        var retry = new ApiRetry(
            _service,
            operation,
            Attempt: args.AttemptNumber + 1,
            Delay: args.RetryDelay,
            Reason: failure?.Reason ?? args.Outcome.Exception?.GetType().Name ?? "unknown",
            DelayFromRetryAfter: failure?.RetryAfter is not null);

        _logger.RetryScheduled(retry.Service, retry.Operation, retry.Attempt, retry.Delay, retry.Reason);
        _onRetry?.Invoke(retry);
    }
}
