using CloudApi.Sdk.Flows.Wire;
using CloudApi.Sdk.Http;

namespace CloudApi.Sdk.Flows;

/// <summary>A file attached to a flow (an item of <c>GET /{flow-id}/assets</c>); today only its Flow JSON.</summary>
public sealed class FlowAsset : GraphResult
{
    internal FlowAsset(FlowAssetWire wire, GraphSource source)
        : this(source, wire.Name ?? string.Empty, wire.AssetType ?? string.Empty, FlowMapper.Uri(wire.DownloadUrl))
    {
    }

    internal FlowAsset(GraphSource source, string name, string assetType, Uri? downloadUrl)
        : base(source)
    {
        Name = name;
        AssetType = assetType;
        DownloadUrl = downloadUrl;
    }

    /// <summary>The file name (<c>name</c>), e.g. <c>flow.json</c>.</summary>
    public string Name { get; }

    /// <summary>What the file is (<c>asset_type</c>), e.g. <c>FLOW_JSON</c>.</summary>
    public string AssetType { get; }

    /// <summary>A short-lived link to download the file (<c>download_url</c>).</summary>
    public Uri? DownloadUrl { get; }
}
