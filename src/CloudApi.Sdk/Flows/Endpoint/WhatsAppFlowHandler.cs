namespace CloudApi.Sdk.Flows.Endpoint;

/// <summary>
/// A flow handler with one method per action: override the ones your flow uses. Error notifications are acknowledged
/// unless <see cref="OnErrorNotificationAsync"/> is overridden; an action without an override fails the request
/// (HTTP 500), as it is a mistake in the flow or the handler.
/// </summary>
public abstract class WhatsAppFlowHandler : IWhatsAppFlowHandler
{
    /// <inheritdoc />
    public ValueTask<FlowResponse> HandleAsync(FlowRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IsErrorNotification)
        {
            return OnErrorNotificationAsync(request, cancellationToken);
        }

        if (request.Action == FlowRequestAction.Init)
        {
            return OnInitAsync(request, cancellationToken);
        }

        if (request.Action == FlowRequestAction.Back)
        {
            return OnBackAsync(request, cancellationToken);
        }

        if (request.Action == FlowRequestAction.DataExchange)
        {
            return OnDataExchangeAsync(request, cancellationToken);
        }

        return request.Action == FlowRequestAction.Navigate
            ? OnNavigateAsync(request, cancellationToken)
            : OnOtherActionAsync(request, cancellationToken);
    }

    /// <summary>INIT: the first screen and its data.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The answer.</returns>
    protected virtual ValueTask<FlowResponse> OnInitAsync(FlowRequest request, CancellationToken cancellationToken) => NotHandled(request);

    /// <summary>BACK: the data of the screen the user went back to.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The answer.</returns>
    protected virtual ValueTask<FlowResponse> OnBackAsync(FlowRequest request, CancellationToken cancellationToken) => NotHandled(request);

    /// <summary>data_exchange: the next screen, an error on this one, or the end.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The answer.</returns>
    protected virtual ValueTask<FlowResponse> OnDataExchangeAsync(FlowRequest request, CancellationToken cancellationToken) => NotHandled(request);

    /// <summary>navigate (older Flow JSON versions).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The answer.</returns>
    protected virtual ValueTask<FlowResponse> OnNavigateAsync(FlowRequest request, CancellationToken cancellationToken) => NotHandled(request);

    /// <summary>An action this class does not name (one Meta adds later).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The answer.</returns>
    protected virtual ValueTask<FlowResponse> OnOtherActionAsync(FlowRequest request, CancellationToken cancellationToken) => NotHandled(request);

    /// <summary>An error notification: WhatsApp could not use the endpoint's last answer. Acknowledged by default.</summary>
    /// <param name="request">The notification (<see cref="FlowRequest.Error"/>, <see cref="FlowRequest.ErrorMessage"/>).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The answer.</returns>
    protected virtual ValueTask<FlowResponse> OnErrorNotificationAsync(FlowRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(FlowResponse.Acknowledge());

    private ValueTask<FlowResponse> NotHandled(FlowRequest request) =>
        throw new NotSupportedException($"{GetType().Name} does not handle the flow action '{request.Action}' (screen '{request.Screen}'): override its On… method.");
}
