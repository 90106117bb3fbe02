using CloudApi.Sdk.Flows.Endpoint;

namespace CloudApi.Sdk.AspNetCore.Flows;

internal sealed class DelegateFlowHandler(Func<FlowRequest, CancellationToken, ValueTask<FlowResponse>> handle) : IWhatsAppFlowHandler
{
    public ValueTask<FlowResponse> HandleAsync(FlowRequest request, CancellationToken cancellationToken) => handle(request, cancellationToken);
}
